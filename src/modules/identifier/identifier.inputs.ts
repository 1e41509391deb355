import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An organization known by this identifier: in one scheme, or in any when the scheme is left out (an org-id such as XM-DAC-41301 then matches whole). Letter case is ignored.' })
export class IdentifierMatch {
  @Field({ nullable: true, description: 'Scheme code (see identifierSchemes), any letter case; an unknown one is BAD_USER_INPUT.' })
  @IsOptional()
  @MaxLength(40)
  scheme?: string;

  @Field({ description: 'The identifier, at most 200 characters (spaces trimmed); with a scheme, with or without its prefix (41301 or XM-DAC-41301). Empty is BAD_USER_INPUT.' })
  @MaxLength(200)
  identifier!: string;
}

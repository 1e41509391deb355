import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An organization known by this identifier: in one scheme, or in any when the scheme is left out (an org-id such as XM-DAC-41301 then matches whole). Letter case is ignored.' })
export class IdentifierMatch {
  @Field({ nullable: true, description: 'Scheme code (see identifierSchemes).' })
  @IsOptional()
  @MaxLength(40)
  scheme?: string;

  @Field()
  @MaxLength(200)
  identifier!: string;
}

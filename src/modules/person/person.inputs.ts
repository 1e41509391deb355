import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Narrows a list of persons.' })
export class PersonFilter {
  @Field({ nullable: true, description: 'Words of the name; case and Vietnamese diacritics are ignored ("nguyen duc hung" finds Nguyễn Đức Hùng). Results are ranked by relevance.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Include rows of the synthetic benchmark network (default false).' })
  @IsOptional()
  includeSynthetic?: boolean;
}

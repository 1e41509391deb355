import { Field, ObjectType } from 'type-graphql';
import { URLScalar } from './scalars.js';

/** Where a seeded fact comes from, as cited; `url` when the citation is a web address. */
@ObjectType({ description: 'The public source a fact was taken from.' })
export class Source {
  @Field({ description: 'The citation as recorded (a web address or a document reference).' })
  citation!: string;

  @Field(() => URLScalar, { nullable: true, description: 'The citation as a link, when it is a web address.' })
  get url(): string | null {
    const candidate = this.citation.trim();
    if (/\s/.test(candidate) || !/^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(candidate)) return null;
    try {
      return new URL(`https://${candidate}`).toString();
    } catch {
      return null;
    }
  }

  static list(citations: string[] | null | undefined): Source[] {
    return (citations ?? []).map((citation) => Object.assign(new Source(), { citation }));
  }
}

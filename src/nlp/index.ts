// The one compromise instance the pipeline uses, with its plugins. Loaded once per process (or worker).
import nlpBase from 'compromise';
import datesPlugin from 'compromise-dates';

nlpBase.plugin(datesPlugin);

export const nlp = nlpBase;
export type NlpDoc = ReturnType<typeof nlpBase>;

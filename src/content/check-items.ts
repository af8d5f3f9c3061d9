// The words of a learning-check item by form and id (its question, or the message to judge), so
// the class's most-missed questions are shown as the students saw them, never by id. Kept apart
// from the title's code: it needs the forms' parser.
import type { ItemText } from '../class/check-lines';
import { quizForm } from './quiz-forms';

export const itemText: ItemText = (form, id) => {
  const item = quizForm(form)?.items.find((i) => i.id === id);
  return item && (item.kind === 'choice' ? item.question : item.message);
};

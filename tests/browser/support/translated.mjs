// The questionnaire answered by the keys of its texts, so the same journey runs in any
// language: the EAEU and the category-3 journeys, shared by the language, privacy and
// accessibility tests.
import { country, t, tFor } from './i18n.mjs';
import { answer, choose, pick, seeResult, type } from './questionnaire.mjs';

/** A questionnaire answered in `lang`, by the keys of its texts. */
export function questionnaire(page, lang) {
  // Once the role is given, a worker is spoken to as "you".
  let reader = 'worker';
  const answerKey = (id, fill) => answer(page, tFor(lang, `question.${id}.title`, reader), fill, lang);
  return {
    choose: async (id, option) => {
      await answerKey(id, choose(t(lang, `question.${id}.option.${option}`)));
      if (id === 'role') reader = option;
    },
    type: (id, text) => answerKey(id, type(text)),
    pick: (id, partial, code) => answerKey(id, pick(partial, country(lang, code))),
    seeResult: () => seeResult(page, lang),
  };
}

/** Full journeys: how to answer them in `lang`, and what the result must show. */
export const JOURNEYS = {
  eaeu: {
    async answer(q, lang) {
      await q.choose('role', 'worker');
      await q.pick('citizenship', { en: 'kyrg', ru: 'кырг', kk: 'қырғ' }[lang], 'KG');
      await q.choose('residence_permit', 'none');
      await q.choose('eaeu_purpose', 'employment');
      await q.type('eaeu_days_in_180', '12');
    },
    route: 'eaeu_citizen',
    reader: 'worker',
    documents: ['passport_copy', 'employment_contract'],
    english: ['Kyrgyzstan'],
  },
  'category 3': {
    async answer(q, lang) {
      await q.choose('role', 'employer');
      await q.pick('citizenship', { en: 'united st', ru: 'соедин', kk: 'америка' }[lang], 'US');
      await q.choose('residence_permit', 'none');
      await q.choose('special_status', 'no_special_status');
      await q.choose('purpose', 'employment');
      await q.choose('position', 'specialist');
      await q.choose('employer_type', 'kazakh_company');
      await q.choose('permit_request', 'new_permit');
      await q.type('employer_headcount', '120');
      await q.type('kazakh_staff', '95');
      await q.type('foreign_staff', '4');
      await q.choose('vacancy_posted', 'yes');
    },
    route: 'employer_work_permit',
    reader: 'employer',
    documents: ['local_content_statement', 'education_documents'],
    english: ['United States'],
  },
};


export const SceneKey = {
  Title: 'title',
  LevelList: 'level-list',
  Briefing: 'briefing',
  Chat: 'chat',
  Consequence: 'consequence',
  Ending: 'ending',
  Quiz: 'quiz',
  Settings: 'settings',
  Debrief: 'debrief',
  Plan: 'plan',
  Results: 'results',
  Studio: 'studio',
} as const;

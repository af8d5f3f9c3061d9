export const SceneKey = {
  Boot: 'boot',
  Title: 'title',
  LevelList: 'level-list',
  Chat: 'chat',
  Consequence: 'consequence',
  Ending: 'ending',
} as const;

import * as migration_20261125_111124_initial from './20261125_111124_initial';
import * as migration_20261125_131335_content_reports_dossiers_quizzes from './20261125_131335_content_reports_dossiers_quizzes';
import * as migration_20261125_143018_merge_duplicates from './20261125_143018_merge_duplicates';

export const migrations = [
  {
    up: migration_20261125_111124_initial.up,
    down: migration_20261125_111124_initial.down,
    name: '20261125_111124_initial',
  },
  {
    up: migration_20261125_131335_content_reports_dossiers_quizzes.up,
    down: migration_20261125_131335_content_reports_dossiers_quizzes.down,
    name: '20261125_131335_content_reports_dossiers_quizzes',
  },
  {
    up: migration_20261125_143018_merge_duplicates.up,
    down: migration_20261125_143018_merge_duplicates.down,
    name: '20261125_143018_merge_duplicates'
  },
];

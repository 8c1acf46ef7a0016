import * as migration_20261125_111131_initial from './20261125_111131_initial';
import * as migration_20261125_131340_content_reports_dossiers_quizzes from './20261125_131340_content_reports_dossiers_quizzes';
import * as migration_20261125_142847_quiz_scope_and_images from './20261125_142847_quiz_scope_and_images';
import * as migration_20261125_150609_merge_duplicates from './20261125_150609_merge_duplicates';
import * as migration_20261203_151143_report_indexes_by_query from './20261203_151143_report_indexes_by_query';
import * as migration_20261204_015035_staff_logins_without_lock from './20261204_015035_staff_logins_without_lock';

export const migrations = [
  {
    up: migration_20261125_111131_initial.up,
    down: migration_20261125_111131_initial.down,
    name: '20261125_111131_initial',
  },
  {
    up: migration_20261125_131340_content_reports_dossiers_quizzes.up,
    down: migration_20261125_131340_content_reports_dossiers_quizzes.down,
    name: '20261125_131340_content_reports_dossiers_quizzes',
  },
  {
    up: migration_20261125_142847_quiz_scope_and_images.up,
    down: migration_20261125_142847_quiz_scope_and_images.down,
    name: '20261125_142847_quiz_scope_and_images',
  },
  {
    up: migration_20261125_150609_merge_duplicates.up,
    down: migration_20261125_150609_merge_duplicates.down,
    name: '20261125_150609_merge_duplicates',
  },
  {
    up: migration_20261203_151143_report_indexes_by_query.up,
    down: migration_20261203_151143_report_indexes_by_query.down,
    name: '20261203_151143_report_indexes_by_query',
  },
  {
    up: migration_20261204_015035_staff_logins_without_lock.up,
    down: migration_20261204_015035_staff_logins_without_lock.down,
    name: '20261204_015035_staff_logins_without_lock'
  },
];

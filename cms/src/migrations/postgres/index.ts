import * as migration_20261125_111131_initial from './20261125_111131_initial';
import * as migration_20261125_114009_report_attachments from './20261125_114009_report_attachments';
import * as migration_20261125_114711_report_routing from './20261125_114711_report_routing';
import * as migration_20261125_115225_report_workflow_outbox from './20261125_115225_report_workflow_outbox';
import * as migration_20261125_120200_personal_data_protection from './20261125_120200_personal_data_protection';
import * as migration_20261125_121501_report_publishable from './20261125_121501_report_publishable';
import * as migration_20261125_123949_report_possible_duplicates from './20261125_123949_report_possible_duplicates';

export const migrations = [
  {
    up: migration_20261125_111131_initial.up,
    down: migration_20261125_111131_initial.down,
    name: '20261125_111131_initial',
  },
  {
    up: migration_20261125_114009_report_attachments.up,
    down: migration_20261125_114009_report_attachments.down,
    name: '20261125_114009_report_attachments',
  },
  {
    up: migration_20261125_114711_report_routing.up,
    down: migration_20261125_114711_report_routing.down,
    name: '20261125_114711_report_routing',
  },
  {
    up: migration_20261125_115225_report_workflow_outbox.up,
    down: migration_20261125_115225_report_workflow_outbox.down,
    name: '20261125_115225_report_workflow_outbox',
  },
  {
    up: migration_20261125_120200_personal_data_protection.up,
    down: migration_20261125_120200_personal_data_protection.down,
    name: '20261125_120200_personal_data_protection',
  },
  {
    up: migration_20261125_121501_report_publishable.up,
    down: migration_20261125_121501_report_publishable.down,
    name: '20261125_121501_report_publishable',
  },
  {
    up: migration_20261125_123949_report_possible_duplicates.up,
    down: migration_20261125_123949_report_possible_duplicates.down,
    name: '20261125_123949_report_possible_duplicates'
  },
];

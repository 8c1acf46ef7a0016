import * as migration_20261125_111131_initial from './20261125_111131_initial'
import * as migration_20261125_114612_scoped_content_and_procedure_overrides from './20261125_114612_scoped_content_and_procedure_overrides'
import * as migration_20261125_115444_media_handbook_patrols_article_extras from './20261125_115444_media_handbook_patrols_article_extras'
import * as migration_20261125_120600_search_entries from './20261125_120600_search_entries'

export const migrations = [
  {
    up: migration_20261125_111131_initial.up,
    down: migration_20261125_111131_initial.down,
    name: '20261125_111131_initial',
  },
  {
    up: migration_20261125_114612_scoped_content_and_procedure_overrides.up,
    down: migration_20261125_114612_scoped_content_and_procedure_overrides.down,
    name: '20261125_114612_scoped_content_and_procedure_overrides',
  },
  {
    up: migration_20261125_115444_media_handbook_patrols_article_extras.up,
    down: migration_20261125_115444_media_handbook_patrols_article_extras.down,
    name: '20261125_115444_media_handbook_patrols_article_extras',
  },
  {
    up: migration_20261125_120600_search_entries.up,
    down: migration_20261125_120600_search_entries.down,
    name: '20261125_120600_search_entries',
  },
]

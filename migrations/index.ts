import * as migration_20261122_041854_initial from './20261122_041854_initial';
import * as migration_20261122_053306_sites from './20261122_053306_sites';
import * as migration_20261122_091300_video from './20261122_091300_video';
import * as migration_20261122_121313_courses from './20261122_121313_courses';
import * as migration_20261203_180452_course_blocks from './20261203_180452_course_blocks';
import * as migration_20261207_101838_auth_limits from './20261207_101838_auth_limits';
import * as migration_20261207_103551_accounts from './20261207_103551_accounts';
import * as migration_20261207_103618_video_access from './20261207_103618_video_access';
import * as migration_20261207_103827_queue_pay from './20261207_103827_queue_pay';
import * as migration_20261207_171507_media_storage from './20261207_171507_media_storage';

export const migrations = [
  {
    up: migration_20261122_041854_initial.up,
    down: migration_20261122_041854_initial.down,
    name: '20261122_041854_initial',
  },
  {
    up: migration_20261122_053306_sites.up,
    down: migration_20261122_053306_sites.down,
    name: '20261122_053306_sites',
  },
  {
    up: migration_20261122_091300_video.up,
    down: migration_20261122_091300_video.down,
    name: '20261122_091300_video',
  },
  {
    up: migration_20261122_121313_courses.up,
    down: migration_20261122_121313_courses.down,
    name: '20261122_121313_courses',
  },
  {
    up: migration_20261203_180452_course_blocks.up,
    down: migration_20261203_180452_course_blocks.down,
    name: '20261203_180452_course_blocks',
  },
  {
    up: migration_20261207_101838_auth_limits.up,
    down: migration_20261207_101838_auth_limits.down,
    name: '20261207_101838_auth_limits',
  },
  {
    up: migration_20261207_103551_accounts.up,
    down: migration_20261207_103551_accounts.down,
    name: '20261207_103551_accounts',
  },
  {
    up: migration_20261207_103618_video_access.up,
    down: migration_20261207_103618_video_access.down,
    name: '20261207_103618_video_access',
  },
  {
    up: migration_20261207_103827_queue_pay.up,
    down: migration_20261207_103827_queue_pay.down,
    name: '20261207_103827_queue_pay',
  },
  {
    up: migration_20261207_171507_media_storage.up,
    down: migration_20261207_171507_media_storage.down,
    name: '20261207_171507_media_storage'
  },
];

import type { VideoJobPayloads } from '../jobs'
import { env } from '@/src/env'
import { sweepUploadTempFiles } from '@/src/uploads/sweepUploadTempFiles'
import { sweepWorkDirs } from '../media/sweepWorkDirs'
import type { JobContext } from '@/src/queue/jobHandler'
import { getStorage } from '@/src/storage'
import { sweepOrphanedVideoFolders } from './orphanedVideoFolders'

type Context = Pick<JobContext, 'payload' | 'signal'>

/** How many orphans of each kind one run removed. */
export type SweepResult = { storageFolders: number; uploadTempFiles: number; workDirs: number }

/**
 * Scheduled: removes what interrupted work leaves behind — upload temp files (a web process killed
 * mid-upload), pipeline work directories (a worker killed mid-transcode: at once once its process
 * is gone on this machine) and stored files of videos that no longer exist — once older than
 * ORPHAN_MAX_AGE_HOURS. Live and recent files are never touched. Each worker sweeps its own
 * machine's temp folders when it runs the job; storage is shared, so any run covers all of it.
 */
export async function sweepOrphans(
  _data: VideoJobPayloads['video.sweep'],
  { payload, signal }: Context,
): Promise<SweepResult> {
  const maxAgeMs = env.orphanMaxAgeHours * 60 * 60 * 1000
  const uploadTempFiles = await sweepUploadTempFiles(maxAgeMs)
  const workDirs = await sweepWorkDirs(maxAgeMs)
  signal.throwIfAborted()
  const storageFolders = await sweepOrphanedVideoFolders(payload, getStorage(), maxAgeMs, signal)
  return { storageFolders, uploadTempFiles, workDirs }
}

import type { Payload } from 'payload'

/** Whether `token` is a family share link of this video that is neither revoked nor expired. */
export async function hasValidShare(
  payload: Payload,
  videoId: number,
  token: string,
): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'video-shares',
    // The viewer is usually anonymous: the token is the credential, and `where` pins it to this video.
    overrideAccess: true,
    where: {
      and: [
        { token: { equals: token } },
        { video: { equals: videoId } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  return totalDocs > 0
}

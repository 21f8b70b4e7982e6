/**
 * What other plugins' site pages may use of the video plugin: the HLS player (a course lesson's
 * video), which asks `/api/videos/:id/playback` for the stream, with its styles.
 */
import './components/video.css'

export { VideoPlayer } from './components/VideoPlayer'

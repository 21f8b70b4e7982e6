/** What other plugins' site pages may use of the video plugin's player (a course lesson's video). */
export { VideoPlayer } from './components/VideoPlayer'

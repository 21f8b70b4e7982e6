/** The course's completion, as a labelled progress bar and in words. */
export function ProgressBar({
  label = 'Course progress',
  percent,
}: {
  label?: string
  percent: number
}) {
  return (
    <div className="course-progress">
      <progress aria-label={label} max={100} value={percent} />
      <span>{`${percent} % complete`}</span>
    </div>
  )
}

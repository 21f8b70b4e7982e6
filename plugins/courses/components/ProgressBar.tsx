/** The course's completion, as a labelled progress bar and in words. */
export function ProgressBar({ percent }: { percent: number }) {
  return (
    <div className="course-progress">
      <progress aria-label="Course progress" max={100} value={percent} />
      <span>{`${percent} % complete`}</span>
    </div>
  )
}

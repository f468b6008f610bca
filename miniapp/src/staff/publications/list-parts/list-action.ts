/** What the list's own actions (批量发布, 撤下) need from the page. */
export interface ListActionDeps {
  /** After the action succeeded: the list reloads. */
  reload: () => void
  /** Shows what went wrong above the list (null: clears it). */
  setProblem: (problem: string | null) => void
  /** Whether the error means the session ended (the page has gone to the login). */
  handleSignedOut: (error: unknown) => boolean
}

/// A count typed before a motion, as in vim (`12j` moves twelve touchpoints down).
///
/// The digits 1 to 5 also set the emotion, at once, as a facilitator expects; when a letter motion
/// follows, those emotion changes are taken back (``emotionChange``) and the count moves the cursor.
public struct PendingCount: Hashable, Sendable {
    /// The count so far.
    public var value: Int
    /// The revision before the first digit changed the emotion, when it did: that change is taken
    /// back if a motion follows.
    var emotionChange: Int?
    /// Whether the count began with a digit that sets the emotion (1 to 5): its later digits 1 to
    /// 5 set the emotion too, as pressing them alone would.
    var startedWithEmotion = false
}

/// The editor's input and output types (keys, input events, the screen buffer and frames) live in
/// JourneyScreen, which the terminal layer shares; every user of the editor sees them through it.
@_exported import JourneyScreen

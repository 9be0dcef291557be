@testable import JourneyTerminal
import JourneyScreen
import Testing

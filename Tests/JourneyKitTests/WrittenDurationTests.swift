import JourneyKit
import Testing

/// The one duration grammar (`:timer`, `journey serve --idle-timeout`) and its words.
struct WrittenDurationTests {
    @Test func readsUnitsAndBareMinutes() {
        #expect(WrittenDuration.seconds(in: "90s") == 90)
        #expect(WrittenDuration.seconds(in: "30m") == 1800)
        #expect(WrittenDuration.seconds(in: "1h30m") == 5400)
        #expect(WrittenDuration.seconds(in: "2H5M7S") == 7507)
        #expect(WrittenDuration.seconds(in: "45") == 2700)
        #expect(WrittenDuration.seconds(in: "24h") == 86400)
        for bad in ["", "0", "0s", "24h1s", "1441", "5x", "m", "1m1m", "-3m", "1.5m", " 5m", "media hora"] {
            #expect(WrittenDuration.seconds(in: bad) == nil, "\(bad)")
        }
    }

    @Test func saysDurationsInWordsWithPluralsInBothLanguages() {
        #expect(WrittenDuration.words(1800, in: .english) == "30 minutes")
        #expect(WrittenDuration.words(1800, in: .spanish) == "30 minutos")
        #expect(WrittenDuration.words(1, in: .english) == "1 second")
        #expect(WrittenDuration.words(60, in: .spanish) == "1 minuto")
        #expect(WrittenDuration.words(90, in: .english) == "1 minute and 30 seconds")
        #expect(WrittenDuration.words(90, in: .spanish) == "1 minuto y 30 segundos")
        #expect(WrittenDuration.words(3600 + 60 + 2, in: .english) == "1 hour, 1 minute and 2 seconds")
        #expect(WrittenDuration.words(7200 + 1, in: .spanish) == "2 horas y 1 segundo")
        #expect(WrittenDuration.words(0, in: .english) == "0 seconds")
    }
}

import JourneyKit

/// A map size the suite measures: stages across, touchpoints down, every cell filled.
struct BenchSize: Hashable, Sendable {
    /// `small`, `large` or `huge`, as `--sizes` names it.
    let name: String
    let stages: Int
    let touchpoints: Int

    var cells: Int { stages * touchpoints }

    static let small = BenchSize(name: "small", stages: 6, touchpoints: 10)
    static let large = BenchSize(name: "large", stages: 40, touchpoints: 500)
    static let huge = BenchSize(name: "huge", stages: 100, touchpoints: 2_000)

    static let all = [small, large, huge]
}

/// Makes the benchmark maps, deterministically: the same size always gives the same map, so that
/// figures from different runs and machines compare.
///
/// Every cell has a note (some of them on two lines), an emotion, a feeling, a pain point and an
/// opportunity, in Spanish, French and German with accents and emoji, as a workshop's map would.
enum MapGenerator {
    /// A small, fast, seeded random number generator (SplitMix64).
    struct SeededRandom: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in `0..<bound`.
        mutating func below(_ bound: Int) -> Int {
            Int(next() % UInt64(bound))
        }

        /// One of `items`.
        mutating func pick(_ items: [String]) -> String {
            items[below(items.count)]
        }
    }

    static let stageWords = [
        "Descubrimiento", "Consideración", "Decisión", "Compra", "Envío", "Recepción", "Uso diario",
        "Fidélité", "Réclamation", "Renovación", "Après-vente", "Empfehlung",
    ]
    static let touchpointWords = [
        "Anuncio en Instagram", "Búsqueda en Google", "Página del producto", "Carrito y pago",
        "Correo de bienvenida", "Atención al cliente ☎️", "Reseñas y opiniones", "Tienda física",
        "Aplicación móvil 📱", "Entrega a domicilio 🚚", "Café du quartier ☕", "Größentabelle",
    ]
    static let channels = ["web", "email", "social", "store", "phone", "app", "café ☕", "tienda física"]
    static let people = ["Ana", "Élodie", "Jürgen", "María José", "Zoë", "Søren", "Çağla", "Nuño"]
    static let actions = [
        "busca", "compara", "découvre", "lee las reseñas de", "añade al carrito", "abandona",
        "vuelve a mirar", "pregunta por", "überprüft", "comparte en WhatsApp",
    ]
    static let things = [
        "la taza del gato 🐱", "el envío exprés 🚚", "les frais de port", "la garantía de 2 años",
        "el código de descuento 💸", "une taille plus grande", "die Rücksendung", "el regalo envuelto 🎁",
        "la opción «pago en 3 plazos»", "el seguimiento del pedido 📦",
    ]
    static let endings = [
        " y sonríe 😄", " pero duda 🤔", " — ¡qué lío!", " sin éxito 😠", ", encantada ✨",
        " antes de cenar 🍝", " desde el móvil en el metro 🚇", ", à deux reprises", " und ist zufrieden 👍",
    ]
    static let feelings = [
        "curiosa", "frustrée", "encantada", "confundido", "tranquila", "impaciente", "sorprendida",
        "molesto", "aliviada", "indecisa", "enttäuscht", "ravie",
    ]
    static let pains = [
        "El precio total no aparece hasta el final 💶", "Le formulaire refuse les accents : é, ñ, ü",
        "Demasiados pasos para pagar 😩", "No hay opción de regalo 🎁", "La página tarda en cargar ⏳",
        "Los gastos de envío sorprenden al final", "Die Größentabelle ist unklar", "Nadie contesta el chat 💬",
    ]
    static let opportunities = [
        "Mostrar el precio total desde el principio", "Accepter tous les caractères ✅",
        "Pago en un clic 👆", "Ofrecer envoltorio de regalo 🎀", "Cargar las fotos más ligeras ⚡",
        "Envío gratis a partir de 30 €", "Eine klare Größentabelle zeigen 📏", "Chat con respuesta en 2 min ⏱️",
    ]

    /// The map for a size.
    static func map(_ size: BenchSize, seed: UInt64 = 20_240_601) -> JourneyMap {
        var random = SeededRandom(seed: seed &+ UInt64(size.cells))
        var map = JourneyMap(
            title: "Tienda de tazas 🐱: primera compra (\(size.name), \(size.stages)×\(size.touchpoints))",
            persona: "Ana, 34, compra regalos por internet · vit à Montréal",
            scenario: "¿Por qué abandonan el carrito los compradores nuevos? 🛒",
            kind: .currentState)
        for index in 0..<size.stages {
            let word = stageWords[index % stageWords.count]
            _ = try? map.appendStage(named: "\(word) \(index + 1)", goal: "Encontrar un regalo único 🎁 (\(word.lowercased()))")
        }
        for index in 0..<size.touchpoints {
            let word = touchpointWords[index % touchpointWords.count]
            _ = try? map.appendTouchpoint(named: "\(word) \(index + 1)", channel: channels[index % channels.count])
        }
        precondition(map.stages.count == size.stages && map.touchpoints.count == size.touchpoints, "names must be unique")
        for touchpoint in 0..<size.touchpoints {
            for stage in 0..<size.stages {
                map.setCell(cell(using: &random), stage: stage, touchpoint: touchpoint)
            }
        }
        return map
    }

    /// A full cell: note, emotion, feeling, a pain point and an opportunity.
    static func cell(using random: inout SeededRandom) -> Cell {
        var note = random.pick(people) + " " + random.pick(actions) + " " + random.pick(things) + random.pick(endings)
        switch random.below(8) {
        case 0: note += "\nLuego " + random.pick(actions) + " " + random.pick(things) + "."
        case 1, 2: note += ". Después " + random.pick(actions) + " " + random.pick(things) + "."
        default: note += "."
        }
        return Cell(
            note: note,
            emotion: Emotion(random.below(5) - 2),
            feeling: random.pick(feelings),
            lists: [.painPoints: [Item(random.pick(pains))], .opportunities: [Item(random.pick(opportunities))]])
    }
}

import JourneyKit

/// The words of generated passphrases: short, common, concrete and without accents, so that
/// they are easy to say aloud in a room and to type on any keyboard.
enum PassphraseWords {
    /// The list for a language.
    static func list(for language: Language) -> [String] {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }

    static let english: [String] = [
        "acorn", "anchor", "apple", "arrow", "autumn", "badge", "bagel", "bamboo", "banana", "basil",
        "basket", "beach", "bean", "bear", "beetle", "bell", "bench", "berry", "bird", "biscuit", "bison",
        "blanket", "boat", "bone", "book", "boot", "bottle", "bread", "brick", "bridge", "brush", "bucket",
        "butter", "button", "cabin", "cactus", "cake", "camel", "camera", "canal", "candle", "canoe",
        "canyon", "carpet", "carrot", "castle", "cat", "cedar", "cello", "chair", "chalk", "cherry", "chess",
        "clock", "cloud", "clover", "coast", "cocoa", "coffee", "comet", "compass", "cookie", "copper",
        "coral", "cotton", "crab", "cradle", "crane", "crayon", "cricket", "crown", "cup", "daffodil",
        "daisy", "desert", "diamond", "dolphin", "donkey", "door", "dragon", "drum", "duck", "eagle",
        "earth", "echo", "engine", "falcon", "feather", "fern", "fiddle", "field", "finch", "fire", "flag",
        "flute", "forest", "fossil", "fountain", "fox", "garden", "garlic", "garnet", "giraffe", "glacier",
        "glove", "goat", "grape", "guitar", "hammer", "harbor", "harp", "hat", "hawk", "hazel", "helmet",
        "hippo", "honey", "horse", "iris", "island", "ivory", "jacket", "jam", "jelly", "jungle", "juniper",
        "kettle", "kite", "kiwi", "koala", "ladder", "lagoon", "lake", "lamp", "lantern", "lemon", "lily",
        "lion", "lizard", "llama", "lobster", "locket", "magnet", "mango", "maple", "marble", "meadow",
        "melon", "mint", "mirror", "mitten", "monkey", "moon", "moose", "mountain", "mouse", "mug", "napkin",
        "needle", "nest", "noodle", "nutmeg", "oak", "ocean", "olive", "onion", "orange", "orchid", "otter",
        "owl", "oyster", "paddle", "panda", "paper", "parrot", "pasta", "peach", "peanut", "pearl", "pebble",
        "pencil", "penguin", "pepper", "piano", "pickle", "pigeon", "pillow", "pine", "planet", "plum",
        "pocket", "pony", "poppy", "potato", "pumpkin", "puzzle", "quartz", "quilt", "rabbit", "radio",
        "rain", "raven", "reef", "ribbon", "river", "robin", "rocket", "rose", "saddle", "sail", "salmon",
        "sand", "scarf", "seal", "shell", "ship", "silver", "snail", "snow", "sock", "sparrow", "spoon",
        "squid", "star", "stone", "storm", "sugar", "summer", "sun", "swan", "table", "teapot", "thistle",
        "tiger", "toast", "tomato", "tractor", "train", "tree", "trumpet", "tulip", "turtle", "umbrella",
        "valley", "velvet", "violin", "wagon", "walnut", "walrus", "whale", "wheat", "whistle", "willow",
        "window", "winter", "wolf", "yak", "yogurt", "zebra",
    ]

    static let spanish: [String] = [
        "abeja", "abrigo", "acero", "agua", "aguila", "ajo", "alga", "almendra", "almohada", "alpaca",
        "ancla", "anillo", "arbol", "arco", "arena", "armario", "arroz", "avena", "avion", "azucar",
        "balcon", "ballena", "bambu", "banco", "barca", "barco", "barro", "baston", "bellota", "bigote",
        "bolsa", "bombilla", "bosque", "botas", "botella", "brisa", "brocha", "brujula", "bufanda",
        "burbuja", "burro", "caballo", "cable", "cabra", "cacao", "cactus", "cafe", "caja", "calabaza",
        "calcetin", "cama", "camello", "camino", "campana", "canela", "cangrejo", "canoa", "capa", "caracol",
        "cardo", "carta", "cartero", "casa", "castillo", "cebolla", "cebra", "cepillo", "cerdo", "cereza",
        "cesta", "chaqueta", "chispa", "chocolate", "cielo", "cinta", "cisne", "ciudad", "clavel", "coco",
        "cofre", "cohete", "collar", "cometa", "conejo", "copa", "corazon", "cordero", "cuaderno", "cuchara",
        "cuerda", "cuervo", "dado", "delfin", "desierto", "diente", "dragon", "ducha", "elefante", "erizo",
        "escoba", "espejo", "estrella", "faro", "flauta", "flor", "foca", "foco", "fresa", "fruta", "fuente",
        "galleta", "gallina", "gamba", "garbanzo", "gato", "girasol", "globo", "gorila", "gorra", "gota",
        "granja", "grillo", "guante", "guitarra", "hada", "helado", "hielo", "hierba", "higo", "hoja",
        "hormiga", "huevo", "isla", "jabon", "jardin", "jirafa", "juguete", "lago", "lana", "lapiz", "leche",
        "lechuga", "leon", "libro", "limon", "lirio", "llave", "lluvia", "lobo", "loro", "luna", "madera",
        "maleta", "mango", "manta", "manzana", "mapa", "mar", "mariposa", "martillo", "medusa", "melon",
        "mesa", "miel", "molino", "mono", "montana", "naranja", "nave", "nido", "nieve", "nube", "nuez",
        "oceano", "oliva", "oro", "oso", "oveja", "paja", "pajaro", "pala", "palmera", "paloma", "pan",
        "panda", "papel", "paraguas", "pato", "pera", "perla", "pez", "piano", "pimienta", "pino", "pinza",
        "pirata", "planeta", "playa", "pluma", "puente", "pulpo", "queso", "rana", "raton", "rayo", "reloj",
        "rio", "roble", "robot", "roca", "rosa", "rueda", "sal", "salmon", "sandia", "sardina", "semilla",
        "serpiente", "silla", "sol", "sombrero", "sopa", "taza", "tela", "tiburon", "tierra", "tigre",
        "tomate", "tortuga", "tren", "trigo", "trompeta", "tulipan", "uva", "vaca", "vela", "ventana",
        "verano", "violin", "volcan", "yogur", "zanahoria", "zapato", "zorro",
    ]
}

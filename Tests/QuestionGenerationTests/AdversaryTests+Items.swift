@testable import QuestionGeneration
import Testing

/// The hand-built items of `AdversaryTests`: one per cue and language, and a set whose keys are all the shortest.
extension AdversaryTests {
    /// Twenty items whose key is the shortest option: five keys hedge ("usually", "often", "perhaps"), and in each
    /// of the other fifteen one wrong option does, so "hedge" then "longest" is right only on the five, as often as
    /// chance. No other cue applies to them (checked against the prototype's cues).
    static let shortestKeyItems: [AdversaryItem] = AdversaryTests.shortestKeyRows.enumerated().map { index, row in
        var options = row.wrong
        options.insert(row.key, at: index % 4)
        return AdversaryTests.item("fact:q\(index)", stem: row.stem, options, answer: index % 4)
    }

    private static let shortestKeyRows: [(stem: String, key: String, wrong: [String])] = [
        (
            "What colour is a ripe banana?", "Usually yellow",
            ["A deep shade of purple with spots", "Bright green with orange stripes", "Pale blue like a winter sky"]
        ),
        (
            "Which animal says moo?", "Often a cow",
            ["A small brown sparrow in a hedge", "An old grey horse in a field", "A sleepy house cat on a mat"]
        ),
        (
            "What do bees make?", "Perhaps honey",
            [
                "Woollen scarves for their neighbours", "Paper lanterns shaped like stars",
                "Little clay pots for flowers",
            ]
        ),
        (
            "Where do fish live?", "Usually water",
            ["High up in mountain caves of ice", "Inside hollow trees in a forest", "Under sand dunes in a desert"]
        ),
        (
            "What do you use to write on paper?", "Often a pen",
            ["A wooden spoon from the kitchen", "A garden hose left in the yard", "A rubber duck from the bath"]
        ),
        (
            "What falls from clouds when it rains?", "Water",
            [
                "Perhaps tiny pebbles of polished granite",
                "Feathers from passing geese",
                "Small copper coins and buttons",
            ]
        ),
        (
            "Which fruit grows on an apple tree?", "Apples",
            [
                "Usually coconuts wrapped in brown husks",
                "Pineapples with spiky crowns",
                "Watermelons with striped rinds",
            ]
        ),
        (
            "What do you wear on your feet?", "Shoes",
            ["A woollen hat with a bobble", "Often gloves knitted from thick wool", "A scarf with tassels at each end"]
        ),
        (
            "What do cows give us to drink?", "Milk",
            ["Orange juice squeezed fresh", "Lemonade with crushed mint", "Perhaps sparkling mineral water"]
        ),
        (
            "Which season has snow?", "Winter",
            ["Late spring with blossoms", "Usually midsummer with long evenings", "Autumn with falling leaves"]
        ),
        (
            "What shape is a ball?", "Round",
            ["Perhaps square with four sharp corners", "Flat like a sheet of paper", "Pointed at the top"]
        ),
        (
            "What do birds use to fly?", "Wings",
            ["Long tails that spin around", "Often strong legs that jump upward", "Sharp beaks that pull the air"]
        ),
        (
            "Where does bread come from?", "A bakery",
            ["A shoe shop on the corner", "A petrol station by the road", "Usually a garden centre full of plants"]
        ),
        (
            "What do you open to enter a house?", "The door",
            ["Perhaps the chimney on the roof", "The window of the attic room", "The lid of the letter box"]
        ),
        (
            "What do you sleep in at night?", "A bed",
            ["A bathtub filled with water", "Often a wardrobe full of coats", "A kitchen cupboard of plates"]
        ),
        (
            "What keeps you dry in the rain?", "An umbrella",
            ["Usually a paper bag with holes in it", "A fishing net made of string", "A straw basket for picnics"]
        ),
        (
            "Which planet do we live on?", "Earth",
            ["The red one far away", "Perhaps the one with rings", "The biggest ball of gas"]
        ),
        (
            "What do you brush with toothpaste?", "Your smile",
            ["The carpet in the hallway", "Often the leaves of a houseplant", "The wheels of a bicycle"]
        ),
        (
            "What does a clock show?", "Numbers",
            ["The price of fresh vegetables", "The colour of the evening sky", "Usually the names of famous painters"]
        ),
        (
            "What do you read?", "A book",
            ["Perhaps a pair of comfortable slippers", "A bowl of warm tomato soup", "A sack of garden potatoes"]
        ),
    ]
}

/// One small item written for one cue, in one language, and where the cue and its reverse must point on it.
struct CueCase: Sendable, CustomTestStringConvertible {
    var language: Phrasing
    var cue: CueID
    var kind: ItemKind
    var stem: String
    /// The options, the key first (a true-or-false item's are the language's words).
    var options: [String]
    /// Texts the session showed before the item (for the leak cues).
    var seen: [String]
    /// The options of an earlier item with the same stem, answered with its first option as the key (for memory).
    var earlier: [String]?
    /// The options the cue points to.
    var points: [Int]
    /// The options its reverse points to.
    var reverse: [Int]

    init(
        _ language: Phrasing, _ cue: CueID, _ kind: ItemKind, _ stem: String, _ options: [String]? = nil,
        seen: [String] = [], earlier: [String]? = nil, points: [Int], reverse: [Int]
    ) {
        self.language = language
        self.cue = cue
        self.kind = kind
        self.stem = stem
        self.options = options ?? [language.trueWord, language.falseWord]
        self.seen = seen
        self.earlier = earlier
        self.points = points
        self.reverse = reverse
    }

    var testDescription: String { "\(cue.rawValue) (\(language.rawValue))" }

    /// Every cue, English then Spanish, pointing where adversary.md §2's table says.
    static let all: [CueCase] = [
        CueCase(
            .english, .careTeam, .scenario,
            "You get a new rash. What should you do?",
            ["Tell your care team", "Buy new shoes", "Go for a walk", "Read a book"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .urgency, .scenario,
            "You get a new rash. What should you do?",
            [
                "Call them right away", "Call them at your next visit", "Call them in a few days",
                "Call them when you feel like it",
            ],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .unsafeElimination, .scenario,
            "You miss a dose. What should you do?",
            ["Skip your next dose", "Keep quiet about it", "Write it in your diary", "Double your dose"],
            points: [2], reverse: [0, 1, 3]),
        CueCase(
            .english, .familiarTreatment, .groupMember,
            "Which of these is a blood thinner?",
            ["Heparin", "Chemotherapy", "Surgery", "Radiation"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .absoluteElimination, .factQuestion,
            "What does warfarin do?",
            ["It always works", "It never fails", "It helps many people", "It works for everyone"],
            points: [2], reverse: [0, 1, 3]),
        CueCase(
            .english, .hedge, .factQuestion,
            "What does the medicine do?",
            ["It may help", "It helps", "It is useless", "It hurts"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .grammar, .factCompletion,
            "Complete the sentence: Warfarin is an _____.",
            ["anticoagulant", "painkiller", "sleeping pill", "vitamin"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .oppositePair, .factQuestion,
            "How should you take warfarin?",
            ["Take it with food", "Take it without food", "Keep it in the fridge", "Ask the pharmacist"],
            points: [0, 1], reverse: [2, 3]),
        CueCase(
            .english, .convergence, .factQuestion,
            "Which pill do you take?",
            ["The blue pill in the morning", "The blue pill at night", "The red pill in the morning", "Drink water"],
            points: [0], reverse: [3]),
        CueCase(
            .english, .clang, .faq,
            "Why do you need INR tests?",
            ["INR tests show your dose", "To check your eyes", "For no reason", "Because it is fun"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .categoryMismatch, .factQuestion,
            "What does the INR test check?",
            ["Your blood", "Your skin", "Your liver", "Your weight"],
            points: [0, 1, 2], reverse: [3]),
        CueCase(
            .english, .longest, .factQuestion,
            "Which one?",
            ["Short", "A much longer option here", "Mid one", "Tiny"],
            points: [1], reverse: [3]),
        CueCase(
            .english, .memory, .groupMember,
            "Which of these is a blood thinner?",
            ["Warfarin", "Heparin", "Radiation", "Surgery"],
            earlier: ["Heparin", "Apixaban", "Chemotherapy", "Surgery"],
            points: [1], reverse: [3]),
        CueCase(
            // An earlier question (another stem) showed Apixaban among its options: of four names, the one seen.
            .english, .seenBefore, .groupMember,
            "Which of these is one of the blood thinners named?",
            ["Apixaban", "Radiotherapy", "Lithotripsy", "Dialysis"],
            earlier: ["Warfarin", "Apixaban", "Heparin", "Clopidogrel"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .leak, .factQuestion,
            "Why keep the amount of leafy greens the same?",
            ["Vitamin K changes how warfarin works", "They taste bitter", "They cost money", "They are heavy"],
            seen: ["Vitamin K in leafy greens can change how warfarin works."],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .english, .tfSafety, .trueFalse,
            "True or false: Tell your doctor right away about a new rash.",
            points: [0], reverse: [1]),
        CueCase(
            .english, .tfAbsolute, .trueFalse,
            "True or false: Warfarin always works the same way.",
            points: [1], reverse: [0]),
        CueCase(
            .english, .tfHedge, .trueFalse,
            "True or false: Some foods can change how warfarin works.",
            points: [0], reverse: [1]),
        CueCase(
            .english, .tfLeak, .trueFalse,
            "True or false: Warfarin makes your blood take longer to clot.",
            seen: ["Warfarin makes your blood take longer to clot, so you bruise more easily."],
            points: [0], reverse: [1]),
        CueCase(
            .english, .tfNegation, .trueFalse,
            "True or false: Warfarin does not thin the blood.",
            points: [1], reverse: [0]),
        CueCase(
            .spanish, .careTeam, .scenario,
            "Le sale un sarpullido nuevo. ¿Qué debe hacer?",
            ["Avísele a su equipo de salud", "Compre zapatos nuevos", "Salga a caminar", "Lea un libro"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .urgency, .scenario,
            "Le sale un sarpullido nuevo. ¿Qué debe hacer?",
            ["Llame de inmediato", "Llame en su próxima cita", "Llame en unos días", "Llame cuando se sienta mejor"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .unsafeElimination, .scenario,
            "Se le olvida una dosis. ¿Qué debe hacer?",
            ["Sáltese la próxima dosis", "No lo cuente a nadie", "Anótelo en su diario", "Tome una dosis doble"],
            points: [2], reverse: [1]),
        CueCase(
            .spanish, .familiarTreatment, .groupMember,
            "¿Cuál de estas opciones es un anticoagulante?",
            ["Heparina", "Quimioterapia", "Cirugía", "Radioterapia"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .absoluteElimination, .factQuestion,
            "¿Qué hace la warfarina?",
            ["Siempre funciona", "Nunca falla", "Ayuda a muchas personas", "Funciona para todos"],
            points: [2], reverse: [0, 1, 3]),
        CueCase(
            .spanish, .hedge, .factQuestion,
            "¿Qué hace la medicina?",
            ["Puede ayudar", "Ayuda", "Es inútil", "Hace daño"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .grammar, .factCompletion,
            "Complete la frase: La warfarina es un _____.",
            ["anticoagulante", "calmantes", "somníferos", "vitaminas"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .oppositePair, .factQuestion,
            "¿Cómo debe tomar la warfarina?",
            ["Tómela con comida", "Tómela sin comida", "Guárdela en la nevera", "Pregunte al farmacéutico"],
            points: [0, 1], reverse: [2, 3]),
        CueCase(
            .spanish, .convergence, .factQuestion,
            "¿Qué pastilla toma?",
            [
                "La pastilla azul por la mañana", "La pastilla azul por la noche", "La pastilla roja por la mañana",
                "Beba agua",
            ],
            points: [0], reverse: [3]),
        CueCase(
            .spanish, .clang, .faq,
            "¿Por qué necesita pruebas de INR?",
            ["Las pruebas muestran su dosis", "Para revisar sus ojos", "Por ninguna razón", "Porque es divertido"],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .categoryMismatch, .factQuestion,
            "¿Qué revisa la prueba de INR?",
            ["Su sangre", "Su piel", "Su hígado", "Su peso"],
            points: [0, 1, 2], reverse: [3]),
        CueCase(
            .spanish, .longest, .factQuestion,
            "¿Cuál?",
            ["Corto", "Una opción mucho más larga", "Media", "Poco"],
            points: [1], reverse: [3]),
        CueCase(
            .spanish, .memory, .groupMember,
            "¿Cuál de estas opciones es un anticoagulante?",
            ["Warfarina", "Heparina", "Radioterapia", "Cirugía"],
            earlier: ["Heparina", "Apixabán", "Quimioterapia", "Cirugía"],
            points: [1], reverse: [3]),
        CueCase(
            .spanish, .leak, .factQuestion,
            "¿Por qué debe comer siempre la misma cantidad de verduras de hoja?",
            [
                "La vitamina K cambia cómo actúa la warfarina", "Tienen un sabor amargo", "Cuestan dinero",
                "Pesan mucho",
            ],
            seen: ["La vitamina K de las verduras de hoja puede cambiar cómo actúa la warfarina."],
            points: [0], reverse: [1, 2, 3]),
        CueCase(
            .spanish, .tfSafety, .trueFalse,
            "¿Verdadero o falso? Dígale a su médico de inmediato si le sale un sarpullido.",
            points: [0], reverse: [1]),
        CueCase(
            .spanish, .tfAbsolute, .trueFalse,
            "¿Verdadero o falso? La warfarina siempre funciona igual.",
            points: [1], reverse: [0]),
        CueCase(
            .spanish, .tfHedge, .trueFalse,
            "¿Verdadero o falso? Algunos alimentos pueden cambiar cómo actúa la warfarina.",
            points: [0], reverse: [1]),
        CueCase(
            .spanish, .tfLeak, .trueFalse,
            "¿Verdadero o falso? La warfarina hace que la sangre tarde más en coagular.",
            seen: ["La warfarina hace que la sangre tarde más en coagular, y los moretones salen más fácil."],
            points: [0], reverse: [1]),
        CueCase(
            .spanish, .tfNegation, .trueFalse,
            "¿Verdadero o falso? La warfarina no hace la sangre más líquida.",
            points: [1], reverse: [0]),
    ]
}

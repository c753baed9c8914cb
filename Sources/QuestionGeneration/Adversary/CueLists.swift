/// The word lists the adversary's cues read options through, one table per language (adversary.md §3).
///
/// Plain data, never derived from a bank: a list tuned on the bank it judges would find only what it was tuned to.
/// A struct rather than a dictionary so that a new language cannot leave a list out (the compiler asks for every
/// one); a later change moves the tables to one data file per language beside the catalogues. Phrases are matched
/// as whole words after `AdversaryText` has normalised them, and without accents, so "medico" finds "médico".
struct CueLists: Sendable {
    /// The lists, by name: the cues ask for a list by name, and a list's count is indexed by `rawValue`.
    enum Name: Int, CaseIterable, Sendable {
        case careTeam, report, otherHelp, urgency, delay, unsafe, familiarTreatment, remedy, body, measure, timeUnit
        case hedge, absolute, negation, negatedAbsolute
    }

    /// Who is on the care team.
    var careTeam: [String]
    /// Verbs of telling someone.
    var report: [String]
    /// Help that is not the care team.
    var otherHelp: [String]
    /// Acting soon.
    var urgency: [String]
    /// Waiting.
    var delay: [String]
    /// What no patient should do: hide, wait, stop or double on your own.
    var unsafe: [String]
    /// Well-known other treatments.
    var familiarTreatment: [String]
    /// Home remedies and everyday medicines.
    var remedy: [String]
    /// Parts of the body.
    var body: [String]
    /// Things a clinic measures.
    var measure: [String]
    /// Units of time.
    var timeUnit: [String]
    /// Words that hedge.
    var hedge: [String]
    /// Absolutes.
    var absolute: [String]
    /// Negations.
    var negation: [String]
    /// An absolute negated ("not always", "no todos"): a hedge, not an absolute — a test-wise reader takes "Not
    /// always" for the careful answer.
    var negatedAbsolute: [String]
    /// The generator's frames around a stem, lower case: their words are the generator's, no clue. The prototype's,
    /// and the new definition → term stems ("What is the name for …?", "¿Cómo se llama esto: …?"), which change
    /// none of the prototype's figures on its items.
    var stemFrames: [String]

    subscript(_ name: Name) -> [String] {
        switch name {
        case .careTeam: careTeam
        case .report: report
        case .otherHelp: otherHelp
        case .urgency: urgency
        case .delay: delay
        case .unsafe: unsafe
        case .familiarTreatment: familiarTreatment
        case .remedy: remedy
        case .body: body
        case .measure: measure
        case .timeUnit: timeUnit
        case .hedge: hedge
        case .absolute: absolute
        case .negation: negation
        case .negatedAbsolute: negatedAbsolute
        }
    }

    /// The lists of a language.
    static func of(_ language: Phrasing) -> CueLists {
        switch language {
        case .english: english
        case .spanish: spanish
        case .chinese: chinese
        }
    }

    /// The lists whose presence makes an option's kind (category-mismatch compares these signatures).
    static let categories: [Name] = [.careTeam, .otherHelp, .familiarTreatment, .remedy, .body, .measure, .timeUnit]

    /// Words too common to carry meaning, in both languages, with the generator's own words ("complete", "true"):
    /// one list for both, as the prototype has it, so content words are the same whichever language is read.
    static let stopWords: Set<String> = [
        "the", "and", "that", "this", "with", "your", "you", "they", "them", "their", "what", "which", "when", "where",
        "from", "have", "does", "will", "into", "some", "these", "those", "there", "about", "could", "would", "should",
        "other", "after", "before", "more", "most", "been", "were", "than", "then", "each", "very", "can", "may", "why",
        "how", "who", "for", "are", "is", "it", "of", "to", "in", "on", "a", "an", "or", "be", "do", "at", "by", "as",
        "if", "so", "not", "no", "yes", "its", "was", "has", "had", "our", "we", "us", "he", "she", "his", "her", "him",
        "para", "como", "cómo", "este", "esta", "estos", "estas", "esto", "unos", "unas", "cuando", "cuándo", "donde",
        "dónde", "pero", "porque", "sobre", "entre", "desde", "hasta", "tiene", "tienen", "puede", "pueden", "debe",
        "deben", "también", "otro", "otra", "otros", "otras", "cual", "cuál", "cuáles", "qué", "quién", "usted",
        "ustedes", "está", "están", "eso", "esa", "ese", "sus", "los", "las", "del", "con", "por", "que", "una", "uno",
        "sin", "hay", "ser", "son", "más", "muy", "el", "la", "lo", "le", "les", "de", "en", "y", "un", "se", "su",
        "al", "si", "sí", "ya", "contra", "true", "false", "verdadero", "falso", "complete", "sentence", "frase",
        "hacer",
        // Chinese function characters (each Chinese character is a word to the adversary).
        "的", "了", "是", "在", "和", "与", "或", "您", "你", "我", "他", "她", "它", "这", "那", "个", "也", "就", "都",
        "吗", "呢", "吧", "啊", "着", "过", "之", "其", "对", "错",
    ]
}

extension CueLists {
    static let english = CueLists(
        careTeam: [
            "care team", "your team", "health team", "cancer team", "doctor", "doctors", "nurse", "nurses",
            "oncologist", "your clinic", "treatment team", "care provider",
        ],
        report: ["tell", "call", "let", "ask", "talk", "report", "contact", "check with", "speak", "mention", "show"],
        otherHelp: [
            "pharmacist", "pharmacy", "emergency room", "er", "911", "walk in", "urgent care", "friend", "family",
            "online", "internet", "regular doctor", "dentist",
        ],
        urgency: [
            "right away", "now", "today", "immediately", "at once", "as soon as", "same day", "early", "early on",
            "before you start", "this week", "straight away", "without delay",
        ],
        delay: [
            "wait", "next visit", "next appointment", "next treatment", "later", "a week", "few days", "until",
            "if it gets worse", "if it lasts", "if it spreads", "see if", "after a while", "if it is still",
            "when you feel", "hope",
        ],
        unsafe: [
            "keep quiet", "tell no one", "say nothing", "keep it to yourself", "keep new problems to yourself",
            "ignore", "skip", "stop taking", "stop your", "stop eating", "stop treatment", "double", "extra dose",
            "on your own", "decide yourself", "by yourself", "online", "internet", "friend s", "someone else s",
            "share their medicine", "hide", "push through", "push yourself", "wait until", "wait and", "wait a",
            "wait to", "hope they", "assume", "look up a cure", "no one",
        ],
        familiarTreatment: [
            "chemo", "chemotherapy", "radiation", "radiation therapy", "rays", "surgery", "operation", "cut out",
            "cuts the cancer out", "transplant", "x ray",
        ],
        remedy: [
            "vitamin", "vitamins", "pill", "pills", "cream", "diet", "antibiotic", "antibiotics", "cold", "herbal",
            "tea", "aspirin", "flu shot", "salt",
        ],
        body: [
            "blood", "tumor", "tumors", "tumour", "heart", "lung", "lungs", "bone", "bones", "joint", "joints", "skin",
            "kidney", "kidneys", "liver", "brain", "stomach", "bowel", "gut", "arm", "eye", "eyes", "hair", "teeth",
            "marrow", "urine", "stool", "stools", "gums", "nose",
        ],
        measure: ["weight", "height", "age", "temperature", "blood pressure", "pulse", "size"],
        timeUnit: [
            "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
            "life", "lifetime", "forever",
        ],
        hedge: [
            "may", "might", "can", "could", "some", "often", "usually", "sometimes", "many", "most", "likely",
            "possible", "generally", "perhaps", "it depends", "depends", "if needed", "in some", "for some", "probably",
            "possibly", "tend", "tends",
        ],
        absolute: [
            "always", "never", "only", "every", "all", "none", "nothing", "nobody", "everyone", "everything",
            "completely", "entirely", "totally", "guaranteed", "guarantee", "forever", "cannot", "impossible", "must",
            "any", "anyone", "anything", "anybody", "everybody", "no one", "just like", "the same", "cure", "cures",
            "for sure", "for certain", "certainly", "definitely", "rest of your life", "no side effects", "no risk",
            "for good", "for life", "will",
        ],
        negation: ["not", "no", "never", "nothing", "none", "cannot", "don t", "doesn t", "isn t"],
        // "certain" alone is not here: "certain blood cancers" means some, not all.
        negatedAbsolute: ["not always", "not all", "not every", "not everyone", "not for everyone", "not any"],
        stemFrames: [
            "true or false: ", "complete the sentence: ", "which of these best describes ", "which one is this: ",
            "which of these is not ", "which of these is ", "what is the name for ",
        ]
    )

    static let spanish = CueLists(
        careTeam: [
            "equipo de salud", "su equipo", "equipo médico", "médico", "médica", "médicos", "doctor", "doctora",
            "enfermera", "enfermero", "enfermería", "oncólogo", "oncóloga", "su clínica",
        ],
        report: [
            "dígale", "dígaselo", "díganos", "cuénteselo", "cuéntele", "cuente", "avísele", "avise", "llame",
            "pregúntele", "pregunte", "hable", "consulte", "informe", "diga", "comente", "muéstrele",
        ],
        otherHelp: [
            "farmacéutico", "farmacéutica", "farmacia", "sala de emergencias", "urgencias", "911", "amigo", "amiga",
            "familia", "internet", "en línea", "médico de cabecera", "dentista",
        ],
        urgency: [
            "de inmediato", "enseguida", "en seguida", "ahora", "hoy", "cuanto antes", "lo antes posible", "pronto",
            "ya mismo", "inmediatamente", "antes de empezar", "esta semana", "sin esperar",
        ],
        delay: [
            "espere", "esperar", "próxima cita", "próxima visita", "próximo tratamiento", "más tarde", "una semana",
            "unos días", "hasta que", "si empeora", "si sigue", "a ver si", "si se extiende", "cuando se sienta",
            "luego",
        ],
        unsafe: [
            "no lo cuente", "no lo diga", "no diga nada", "sin contárselo", "sin decírselo", "guárdeselo", "se guarda",
            "no haga caso", "ignore", "sáltese", "se salta", "deje de tomar", "deje de ir", "deje su tratamiento",
            "deje el tratamiento", "dosis extra", "doble", "por su cuenta",
            "usted mismo", "usted misma", "internet", "de un amigo", "de otra persona", "aguante", "espere a",
            "espere un", "espere hasta", "esconda", "nadie",
        ],
        familiarTreatment: [
            "quimio", "quimioterapia", "radioterapia", "rayos", "cirugía", "operación", "trasplante", "radiación",
        ],
        remedy: [
            "vitamina", "vitaminas", "pastilla", "pastillas", "crema", "dieta", "antibiótico", "resfriado", "hierbas",
            "té", "aspirina", "sal",
        ],
        body: [
            "sangre", "tumor", "tumores", "corazón", "pulmón", "pulmones", "hueso", "huesos", "rodillas",
            "articulaciones", "piel", "riñón", "riñones", "hígado", "cerebro", "estómago", "intestino", "brazo", "ojos",
            "pelo", "dientes", "médula", "orina", "heces", "encías", "nariz",
        ],
        measure: ["peso", "estatura", "altura", "edad", "temperatura", "presión", "pulso", "tamaño"],
        timeUnit: [
            "día", "días", "semana", "semanas", "mes", "meses", "año", "años", "hora", "horas", "minutos", "vida",
        ],
        hedge: [
            "puede", "pueden", "podría", "podrían", "algún", "alguno", "alguna", "algunos", "algunas", "a menudo",
            "suele", "suelen", "muchos", "muchas", "mayoría", "posible", "quizás", "quizá", "a veces", "generalmente",
            "probable", "depende", "si hace falta", "tal vez", "posiblemente",
        ],
        absolute: [
            "siempre", "nunca", "jamás", "solo", "sólo", "solamente", "únicamente", "todo", "toda", "todos", "todas",
            "ninguno", "ninguna", "ningún", "nada", "nadie", "el resto de su vida", "sin efectos secundarios",
            "sin ningún riesgo", "completamente", "totalmente", "garantiza", "garantizado",
            "garantizada", "imposible", "cualquier", "cualquiera", "igual que", "el mismo", "la misma", "cura",
            "seguro que", "con seguridad", "para siempre", "de por vida", "sin duda", "va a", "van a",
        ],
        negation: ["no", "nunca", "nada", "ninguno", "ninguna", "jamás"],
        negatedAbsolute: ["no siempre", "no todos", "no todas", "no todo", "no a todos", "no para todos"],
        stemFrames: [
            "¿verdadero o falso? ", "complete la frase: ", "¿cuál de estas opciones describe mejor ",
            "¿cuál de estas opciones es esto: ", "¿cuál de estas opciones no es ", "¿cuál de estas opciones es ",
            "¿cómo se llama esto: ",
        ]
    )

    /// Simplified Chinese: phrases are matched as characters in a row (`AdversaryText` makes each character a word).
    static let chinese = CueLists(
        careTeam: ["医护团队", "医疗团队", "您的团队", "医生", "护士", "肿瘤科医生", "主治医生", "诊所", "医院"],
        report: ["告诉", "告知", "联系", "打电话", "询问", "问问", "说一声", "报告", "咨询", "提到", "给他们看"],
        otherHelp: ["药剂师", "药店", "急诊", "急诊室", "120", "朋友", "家人", "网上", "上网", "牙医", "社区医生"],
        urgency: ["马上", "立刻", "立即", "今天", "尽快", "当天", "及早", "开始前", "这周", "本周", "不要拖"],
        delay: [
            "等一等", "等到", "下次就诊", "下次复诊", "下次治疗", "以后", "过几天", "一周后", "如果加重", "如果持续",
            "看看", "过一段时间", "再说",
        ],
        unsafe: [
            "瞒着", "不告诉", "什么都不说", "不理会", "忽视", "跳过", "自行停药", "停止治疗", "停药", "加倍", "额外剂量",
            "自己决定", "自己判断", "网上", "别人的药", "隐瞒", "硬撑", "忍着", "等到", "没有人",
        ],
        familiarTreatment: ["化疗", "放疗", "放射治疗", "手术", "开刀", "移植", "X光", "切除"],
        remedy: ["维生素", "药片", "药丸", "药膏", "饮食", "抗生素", "感冒", "草药", "中药", "茶", "阿司匹林", "流感疫苗", "盐"],
        body: [
            "血液", "肿瘤", "心脏", "肺", "骨头", "关节", "皮肤", "肾", "肝", "大脑", "胃", "肠", "手臂", "眼睛", "头发",
            "牙齿", "骨髓", "尿", "大便", "牙龈", "鼻子",
        ],
        measure: ["体重", "身高", "年龄", "体温", "血压", "脉搏", "大小"],
        timeUnit: ["天", "星期", "周", "个月", "年", "小时", "分钟", "一生", "终身", "永远"],
        hedge: [
            "可能", "也许", "有时", "有些", "一些", "通常", "往往", "经常", "许多", "大多", "或许", "取决于", "视情况",
            "必要时", "不少",
        ],
        absolute: [
            "总是", "从不", "从来", "只有", "只要", "每个", "每一", "所有", "全部", "完全", "绝对", "保证", "一定", "必须",
            "任何", "永远", "不可能", "根治", "治愈", "一样", "肯定", "终身", "没有副作用", "没有风险", "都能", "都会",
        ],
        negation: ["不", "没", "没有", "别", "无", "非", "并非"],
        negatedAbsolute: ["不一定", "不总是", "并非所有", "不是所有", "不是每", "并不是所有", "不适合所有人"],
        stemFrames: [
            "判断对错：", "请把句子补充完整：", "下面哪一项最能说明什么是", "下面哪一项“不是”", "下面哪一项是", "叫什么？",
            "您应该怎么做？",
        ]
    )
}

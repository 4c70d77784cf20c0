//! Spanish (neutral Latin-American / US Spanish, "tú"). Kind, plain, never shaming; the same
//! meaning as the English and no claim beyond the clinic's article and REFERENCES.md.
//!
//! Conventions kept throughout, so new keys can follow them:
//! - Dates: names in lower case; short forms without a period ("lun 5 ene", "sept" as CLDR
//!   writes it); the long date "lunes 5 de enero".
//! - Activity names as the chooser shows them ("Caminar", "Natación"); `lower` mid-sentence
//!   ("en lugar de caminar"). Sentences that get a name avoid adjectives that would have to
//!   agree with it ("Natación: hiciste 10 min", not "hecha"/"hecho").
//! - Words about the visitor avoid gendered forms ("Te damos la bienvenida", "Ya puedes
//!   empezar", not "Bienvenido/a", "listo/a").
//! - "Copia de seguridad" for a backup, "Ajustes" for Settings, “ ” for quotes.

use super::*;

/// The Spanish catalogue.
pub static ES: Text = Text {
    lang: Lang::Es,
    dates: Dates {
        weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        weekdays_short: ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ],
        months_short: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        short: |weekday, day, month| format!("{weekday} {day} {month}"),
        long: |weekday, day, month| format!("{weekday} {day} de {month}"),
        day_month: |day, month| format!("{day} {month}"),
    },
    plan_words: PlanWords {
        activities: [
            ActivityWords {
                name: "Caminar",
                lower: "caminar",
                blurb: "Fácil de empezar en cualquier lugar, a tu propio ritmo.",
                good_for: "Ayuda a levantar el ánimo",
                impact: "Impacto bajo",
            },
            ActivityWords {
                name: "Yoga",
                lower: "yoga",
                blurb: "Movimientos y estiramientos lentos, con atención plena.",
                good_for: "Ayuda con la flexibilidad y la calma",
                impact: "Impacto bajo",
            },
            ActivityWords {
                name: "Natación",
                lower: "natación",
                blurb: "Suave con las articulaciones; el agua te sostiene.",
                good_for: "Ayuda a levantar el ánimo",
                impact: "Impacto bajo",
            },
            ActivityWords {
                name: "Fuerza",
                lower: "ejercicios de fuerza",
                blurb: "Movimientos sencillos en casa, como sentarte y levantarte de una silla.",
                good_for: "Ayuda a sentirte más fuerte, en cuerpo y mente",
                impact: "Impacto bajo a moderado",
            },
            ActivityWords {
                name: "Otra cosa",
                lower: "otra cosa",
                blurb: "Bailar, andar en bicicleta, trabajar en el jardín: lo que te haya puesto en movimiento.",
                good_for: "Todo cuenta",
                impact: "Como prefieras",
            },
        ],
        efforts: ["Fácil", "Adecuado", "Demasiado difícil"],
        efforts_lower: ["fácil", "adecuado", "demasiado difícil"],
        intensities: ["suave", "moderado"],
        recovery_note: "Un día de recuperación, corto y fácil: muévete con suavidad y disfrútalo.",
        short_set_easy: "Una serie corta para sumar: unos pocos movimientos fáciles, como sentarte y levantarte de una silla. Puedes parar cuando quieras.",
        short_set_moderate: "Una serie corta para sumar: que los últimos movimientos cuesten un poco de esfuerzo, pero nunca duelan.",
        main_notes: [
            [
                "A paso tranquilo, que te permita conversar todo el tiempo.",
                "A buen paso: todavía puedes hablar, pero no cantar. Baja el ritmo cuando lo necesites.",
            ],
            [
                "Muévete despacio, al ritmo de tu respiración; omite cualquier postura que no te resulte cómoda.",
                "Muévete despacio, al ritmo de tu respiración; omite cualquier postura que no te resulte cómoda.",
            ],
            [
                "A ritmo relajado: descansa en el borde cuando quieras.",
                "A ritmo constante: respiras más fuerte, pero al llegar al borde aún podrías hablar, no cantar.",
            ],
            [
                "Unos pocos movimientos sencillos, como sentarte y levantarte de una silla o hacer flexiones contra la pared. Descansa entre uno y otro.",
                "Movimientos sencillos en casa; que las últimas repeticiones de cada serie cuesten un poco de esfuerzo, pero nunca duelan.",
            ],
            [
                "Lo que disfrutes, a un ritmo que sea amable contigo.",
                "Lo que disfrutes, a un ritmo que sea amable contigo.",
            ],
        ],
        gentle_notice: "Este plan es especialmente suave: sesiones cortas y fáciles que aumentan poco a poco.",
        minutes: |m| format!("{m} min"),
    },
    chrome: Chrome {
        title: "Momentum",
        lede: "Un plan suave para volver a moverte, un pequeño paso a la vez.",
        tabs_label: "Secciones de Momentum",
        tabs: ["Hoy", "Plan", "Progreso", "Ajustes"],
        disclaimer: "Momentum ofrece motivación general, no consejos médicos. Si tienes algún problema de salud,",
        care_team: "tu equipo de atención",
        talk_with: |clinic| format!("habla con {clinic}"),
        disclaimer_end: "antes de aumentar mucho tu actividad física.",
        disclaimer_gentle: "Momentum ofrece motivación general, no consejos médicos. Por tus respuestas antes de empezar, por favor,",
        status_label: "Aviso",
    },
    notices: Notices {
        unavailable: "Tu navegador no deja que esta página guarde nada, así que tu progreso solo durará hasta que la cierres. Mientras tanto, todo sigue funcionando, y puedes descargar tus datos para conservarlos.",
        full: "El almacenamiento de tu navegador para este sitio está lleno, así que tus últimos cambios solo se conservan hasta que cierres esta página. Puedes descargar tus datos para conservarlos.",
        save_failed: "No se pudieron guardar tus últimos cambios, así que solo se conservan hasta que cierres esta página. Puedes descargar tus datos para conservarlos.",
        corrupt_backed_up: "No pudimos leer lo que estaba guardado, así que lo apartamos sin tocarlo y empezamos de cero. No se borró nada, y puedes descargar la copia anterior, aquí o en Ajustes.",
        corrupt_not_backed_up: "No pudimos leer lo que estaba guardado. Lo dejamos tal como estaba y no vamos a guardar nada encima; puedes descargarlo.",
        newer: "Tu progreso se guardó con una versión más nueva de esta herramienta. Puedes verlo aquí, pero no lo vamos a cambiar, para que no se pierda nada. Si vuelves a cargar la página más tarde, debería aparecer la versión más nueva.",
        choices_needed: "Hace falta revisar otra vez las opciones de tu plan para poder organizar las semanas que vienen. Todo lo que registraste sigue aquí.",
        download_old_copy: "Descargar la copia anterior",
        download_saved: "Descargar los datos guardados",
        download_mine: "Descargar mis datos",
    },
    onboarding: Onboarding {
        welcome_title: "Te damos la bienvenida",
        welcome: [
            "Mover el cuerpo puede ayudar a tu estado de ánimo, y no tiene que ser mucho. Empieza con 5 o 10 minutos de algo que disfrutes, ve aumentando poco a poco y sé amable contigo: saltarte un día está bien, y siempre hay un mañana.",
            "Momentum te prepara un plan sencillo para las próximas doce semanas. Se queda en este navegador; nada de lo que escribas se envía a ninguna parte.",
        ],
        begin: "Empecemos",
        been_here: "¿Ya usaste Momentum en otro navegador?",
        restore_link: "Restaurar desde una copia de seguridad",
        readiness_title: "Antes de empezar",
        readiness_hint: "Unas preguntas de sí o no, para que tu plan empiece al ritmo adecuado. Si respondes que sí a alguna, tu plan será especialmente suave.",
        questions: [
            "¿Alguna vez un médico te ha dicho que tienes un problema del corazón o presión arterial alta?",
            "¿Alguna vez sientes dolor en el pecho, ya sea en reposo, durante tus actividades diarias o al hacer actividad física?",
            "En el último año, ¿has perdido el equilibrio por un mareo o te has desmayado?",
            "¿Un médico te ha diagnosticado algún otro problema de salud de larga duración?",
            "¿Tomas algún medicamento recetado para un problema de salud de larga duración?",
            "¿Tienes (o has tenido en el último año) algún problema en los huesos, las articulaciones o los músculos que podría empeorar con más actividad física?",
            "¿Alguna vez un médico te ha dicho que solo hagas actividad física con supervisión médica?",
        ],
        yes: "Sí",
        no: "No",
        continue_: "Continuar",
        back: "Volver",
    },
    setup: Setup {
        title_new: "Crea tu plan",
        title_change: "Cambia tu plan",
        change_hint: "Tus cambios se aplican desde hoy: a las sesiones de hoy que aún no registraste y a las semanas que vienen. Lo que ya hiciste se queda como está.",
        activities_legend: "¿Qué actividades disfrutas o te gustaría probar?",
        activities_hint: "Elige todas las que quieras. Cualquier movimiento cuenta.",
        minutes_legend: "¿Cuántos minutos te resultan cómodos hoy?",
        minutes_hint: "La idea es empezar con poco. Siempre puedes hacer un poco más.",
        days_legend: "¿Qué días te vendrían bien?",
        days_hint: "Tres o cuatro días son una meta muy buena; uno es un buen comienzo.",
        start: "Fecha de inicio",
        starts_on: |date| format!("Hoy, {date}"),
        make: "Crear mi plan",
        save: "Guardar cambios",
        back: "Volver",
    },
    today: Today {
        title: |date| format!("Hoy, {date}"),
        rest_day: "Hoy no hay nada planeado. Descansar también cuenta.",
        not_started: "Tu plan todavía no empieza.",
        stretch_hint: "Si tienes ganas de moverte, unos minutos de estiramientos suaves son una linda manera de escuchar a tu cuerpo.",
        next_up: |activity, date, minutes| format!("Próxima sesión: {activity} el {date}, {minutes} min."),
        welcome_back: "Qué bueno verte de nuevo. Esta semana es un poco más ligera, para que retomes con calma; a partir de aquí, el plan vuelve a crecer.",
        finished: "Llegaste al final de tus doce semanas. Hayan sido como hayan sido, el tiempo que te dedicaste cuenta. ¿Te animas con las próximas doce?",
        start_next: "Empezar mis próximas doce semanas",
        see_plan: "Ver el plan completo",
        backup_hint: "Registraste algunas sesiones desde tu última copia de seguridad. A veces los navegadores borran los datos guardados, así que conviene guardar una copia de tu progreso.",
        backup_download: "Descargar una copia de seguridad",
        backup_not_now: "Ahora no",
        session_title: |activity, minutes| format!("{activity}, {minutes} min"),
        done_title: |activity, done, planned| {
            if done == planned {
                format!("{activity}: hiciste {done} min")
            } else {
                format!("{activity}: hiciste {done} de {planned} min")
            }
        },
        skipped_title: |activity| format!("{activity}: hoy no"),
        felt: |effort| format!("Te pareció {effort}."),
        skipped_status: "Hoy no. Está bien.",
        planned_for: |date| format!("Fecha prevista: {date}"),
        done: "Lo hice",
        not_today: "Hoy no",
        undo: "Deshacer",
        form_label: |activity| format!("Registrar sesión: {activity}"),
        minutes_field: "Minutos que hiciste",
        effort_legend: "¿Qué tal te pareció?",
        optional: "Agregar estado de ánimo o una nota (opcional)",
        mood_before: "Ánimo antes (1 bajo, 5 bueno)",
        mood_after: "Ánimo después (1 bajo, 5 bueno)",
        note: "Nota",
        save: "Guardar",
        cancel: "Cancelar",
        extra_open: "Registrar otra cosa que hice",
        extra_title: "Otra cosa que hice",
        extra_activity: "¿Qué hiciste?",
        extra_day: "¿Cuándo?",
        extra_effort: "¿Qué tal te pareció? (opcional)",
        today_word: "Hoy",
    },
    plan: PlanScreen {
        title: "Tus doce semanas",
        plan_title: |n| format!("Plan {n}"),
        week: |n| format!("Semana {n}"),
        week_total: |m| format!(" · {m} min en total"),
        this_week: "esta semana",
        welcome_back_badge: "regreso suave",
        calendar_button: |weeks| {
            if weeks == 1 {
                "Agregar la próxima semana a mi calendario".to_owned()
            } else {
                format!("Agregar las próximas {weeks} semanas a mi calendario")
            }
        },
        print: "Imprimir mi plan",
        calendar_hint: "Descarga un archivo de calendario con un recordatorio antes de cada sesión. Ábrelo con tu aplicación de calendario; si lo vuelves a descargar más tarde, las sesiones se actualizan en lugar de duplicarse.",
        row_done: |minutes, effort| format!("hiciste {minutes} min ({effort})"),
        row_done_plain: |minutes| format!("hiciste {minutes} min"),
        row_skipped: "esta vez no",
        row_not_logged: "sin registrar",
        row_ahead: "por venir",
        change: "Mover o cambiar",
        change_detail: |activity, date| format!(": {activity} el {date}"),
        move_to: "Mover a otro día",
        swap_to: "Cambiar por otra actividad",
        put_back: "Dejar como estaba planeado",
        moved_from: |date| format!("se movió del {date}"),
        plans_label: "Ver un plan",
        plan_option: |n, from, to| format!("Plan {n}: del {from} al {to}"),
        current_plan: |n| format!("Plan {n} (actual)"),
        also: |activity, minutes| format!("También: {activity}, {minutes} min"),
    },
    progress: Progress {
        title: "Tu progreso",
        sessions_done: "Sesiones completadas",
        minutes_moved: "Minutos en movimiento",
        active_days: "Días activos",
        plan_began: |n, date| format!("El plan {n} empezó el {date}."),
        mood_better: |better, days| {
            if days == 1 {
                if better == 1 {
                    "El día que anotaste tu ánimo antes y después, te sentiste mejor después de moverte.".to_owned()
                } else {
                    "El día que anotaste tu ánimo antes y después, no te sentiste mejor después de moverte.".to_owned()
                }
            } else {
                format!("En {better} de los {days} días en que anotaste tu ánimo antes y después, te sentiste mejor después de moverte.")
            }
        },
        mood_kind: "Hay días en que moverse no levanta el ánimo, y está bien. Presentarte sigue contando, y tu equipo clínico puede ayudarte a entenderlo.",
    },
    charts: ChartWords {
        minutes_title: "Minutos por semana",
        consistency_title: "Puntaje de constancia",
        mood_title: "Ánimo antes y después de las sesiones",
        calendar_title: "Días activos",
        show_table: "Ver como tabla",
        week_short: |n| format!("Sem {n}"),
        plan_week_short: |plan, n| format!("Plan {plan}, sem {n}"),
        week_axis: "Semana",
        so_far: |label| format!("{label} (en curso)"),
        today_mark: |label| format!("{label} (hoy)"),
        plan_line: |plan, date| format!("Una línea marca dónde empezó el plan {plan}, el {date}."),
        week_column: "Semana",
        plan_column: "Plan",
        outside_plans: "Sin plan",
        minutes_empty: "La barra de tu primera semana aparece después de tu primera sesión.",
        minutes_now: |week, plan, so_far, done, target| {
            let mut week = week_of(week, plan);
            week[..1].make_ascii_uppercase();
            let so_far = if so_far { ", hasta ahora" } else { "" };
            format!("{week}{so_far}: {}.", minutes_of(done, target))
        },
        minutes_no_bars: "Tus barras aparecen después de tu primera sesión.",
        minutes_best_now: "Es tu semana más activa hasta ahora.",
        minutes_best: |week, plan, done| {
            format!("Tu mejor semana hasta ahora fue la {}, con {}.", week_of(week, plan), minutes(done))
        },
        showing_weeks: |n| format!("Se muestran tus últimas {n} semanas."),
        bar_tooltip: |week, done, target| format!("{week}: {}", minutes_of(done, target)),
        minutes_done: "Minutos que hiciste",
        target: "La meta de tu plan",
        minutes_caption: "Minutos por semana",
        target_column: "Meta del plan",
        no_target: "Sin meta",
        score_empty: "Tu línea de puntaje empieza el día en que empieza tu plan.",
        score_zero: "Por ahora, tu puntaje de constancia es 0%. Empieza a subir el primer día que te muevas.",
        score_now: |score, since| {
            format!("Hoy tu puntaje de constancia es {score}%. La línea lo muestra desde el {since}.")
        },
        score_explanation: "Cada día, tu puntaje se acerca un poco a qué parte de tu plan cumpliste en los últimos 14 días: los días en que te moviste (con cualquier actividad, planeada o no) de los días que pedía tu plan. Si tu plan tiene los siete días, cada día cuenta por sí solo. Así, sube un poco cada día que te mueves y baja despacio cuando pasan días planeados sin nada registrado: sin nada en absoluto, tarda unos 13 días en bajar a la mitad con un plan diario, o unos 20 con tres días por semana. Un “Hoy no” saca ese día de la cuenta, así que nunca te resta. Nunca vuelve a cero y continúa de un plan al siguiente.",
        score_caption: "Puntaje de constancia cada semana y hoy",
        date_column: "Fecha",
        score_column: "Puntaje",
        mood_empty: "Tus puntos de ánimo aparecen cuando anotas cómo te sientes antes o después de una sesión.",
        mood_latest: |week, plan, before, after| {
            let mut week = week_of(week, plan);
            week[..1].make_ascii_uppercase();
            let moods = match (before, after) {
                (Some(b), Some(a)) => format!("ánimo de {b} antes y de {a} después de las sesiones"),
                (Some(b), None) => format!("ánimo de {b} antes de las sesiones"),
                (None, Some(a)) => format!("ánimo de {a} después de las sesiones"),
                (None, None) => "sin ánimo anotado".to_owned(),
            };
            format!("{week}: {moods}, en una escala del 1 (bajo) al 5 (bueno).")
        },
        mood_average: |weeks, before, after| {
            let averages = match (before, after) {
                (Some(b), Some(a)) => format!("{b} antes y {a} después"),
                (Some(b), None) => format!("{b} antes de las sesiones"),
                (None, Some(a)) => format!("{a} después de las sesiones"),
                (None, None) => return String::new(),
            };
            let weeks = if weeks == 1 {
                "la semana con ánimo anotado".to_owned()
            } else {
                format!("las {weeks} semanas con ánimo anotado")
            };
            format!("En {weeks}, el promedio fue {averages}.")
        },
        before_sessions: "Antes de las sesiones",
        after_sessions: "Después de las sesiones",
        mood_tooltip: |week, after, mood| {
            let series = if after { "después de las sesiones" } else { "antes de las sesiones" };
            format!("{week}, {series}: {mood}")
        },
        before_column: "Antes",
        after_column: "Después",
        mood_scale: "El 1 es bajo y el 5 es bueno.",
        mood_caption: "Ánimo promedio antes y después de las sesiones, semana por semana, del 1 (bajo) al 5 (bueno)",
        not_noted: "Sin anotar",
        calendar_starts: |date| format!("Tu calendario empieza el {date}, cuando empieza tu plan."),
        calendar_none: "Los días en que te muevas se marcarán aquí a medida que registres sesiones.",
        calendar_active: |days, weeks| {
            let span = if weeks == 1 { "esta semana".to_owned() } else { format!("en las {weeks} semanas que se muestran") };
            format!("Te moviste {} {span}.", count(days, "día", "días"))
        },
        calendar_skipped: |days| {
            if days == 1 {
                "Marcaste 1 día como omitido.".to_owned()
            } else {
                format!("Marcaste {days} días como omitidos.")
            }
        },
        day_done: |done, skipped| {
            let done = if done == 1 { "1 sesión hecha".to_owned() } else { format!("{done} sesiones hechas") };
            match skipped {
                0 => done,
                1 => format!("{done}, 1 omitida"),
                n => format!("{done}, {n} omitidas"),
            }
        },
        day_skipped: |skipped| {
            if skipped == 1 {
                "1 sesión omitida".to_owned()
            } else {
                format!("{skipped} sesiones omitidas")
            }
        },
        day_nothing_yet: "nada registrado todavía",
        day_nothing: "nada registrado",
        day_before_plan: "antes de que empezara tu plan",
        day_no_plan: "sin plan ese día",
        day_to_come: "por venir",
        active: "Activo",
        skipped: "Omitido",
        nothing_logged: "Nada registrado",
        today: "Hoy",
        calendar_caption: "Días activos, semana por semana",
        week_starting: "Semana del",
        none: "Ninguno",
    },
    settings: Settings {
        title: "Ajustes",
        choices_title: "Tus opciones",
        choices_hint: "Cambia las actividades, los días o los minutos. Tu plan se ajusta a partir de hoy; lo que ya hiciste se mantiene.",
        change: "Cambiar mi plan",
        backup_title: "Copia de seguridad",
        backup_hint: "Todo se guarda solo en este navegador. Con un archivo de copia de seguridad puedes tenerlo a salvo o pasarlo a otro navegador.",
        last_backup: |date| format!("Tu última copia de seguridad fue el {date}."),
        download: "Descargar una copia de seguridad",
        restore: "Restaurar desde un archivo de copia de seguridad",
        refused: |why| format!("No se restauró ese archivo: {why}. Aquí no cambió nada."),
        unreadable_file: "no se pudo leer el archivo; intenta elegirlo otra vez",
        ready: |n| {
            if n == 1 {
                "Esta copia de seguridad tiene 1 sesión registrada. Si la restauras, reemplazará lo que hay ahora en este navegador.".to_owned()
            } else {
                format!("Esta copia de seguridad tiene {n} sesiones registradas. Si la restauras, reemplazará lo que hay ahora en este navegador.")
            }
        },
        restore_it: "Restaurar",
        cancel: "Cancelar",
        restore_group: "Restaurar la copia de seguridad",
        start_over_title: "Empezar de nuevo",
        start_over_hint: "Borra todo y vuelve a empezar. Puedes regresar cuando quieras.",
        start_over: "Empezar de nuevo",
        start_over_confirm: "Esto borra tu plan y tu progreso de este navegador. ¿Quieres descargar una copia de seguridad antes?",
        start_over_group: "Confirmar: empezar de nuevo",
        delete_all: "Borrar todo",
        keep: "Conservar mi plan",
        set_aside_title: "Copias que no pudimos leer",
        set_aside_hint: "Los datos guardados que este navegador no pudo leer se apartaron, tal como estaban. Puedes descargarlos para conservarlos o para enviárnoslos.",
        set_aside_download: |n| format!("Descargar copia {n}"),
        privacy_title: "Tu privacidad",
        privacy: "Momentum guarda tu plan y tu progreso en el almacenamiento de este navegador, en este dispositivo. No se envía nada a ninguna parte. Se borran si eliminas los datos de este sitio en tu navegador o si usas “Empezar de nuevo”, aquí arriba.",
    },
    messages: Messages {
        plan_ready: "Tu plan está listo. Aquí tienes lo de hoy.",
        plan_updated: "Tu plan se actualizó a partir de hoy. Lo que ya hiciste se queda como está.",
        next_plan: "Tus próximas doce semanas empiezan hoy y siguen desde donde estás.",
        logged: [
            "¡Bien hecho! ¿Te pareció fácil? Puede que tu plan avance un poco antes.",
            "Bien hecho. Cada sesión cuenta.",
            "Gracias por hacerlo. La próxima semana se mantiene en este nivel, para que te resulte más fácil.",
            "Quedó registrado. Todo movimiento cuenta.",
        ],
        extra_logged: "Quedó registrado. Todo movimiento cuenta, planeado o no.",
        skipped: "Está bien. Descansar también es parte de esto, y siempre hay un mañana.",
        undone: |activity| format!("Deshecho: {activity} vuelve a estar pendiente."),
        moved: |activity, date| format!("{activity} pasó al {date}."),
        swapped: |to, from, date| format!("{to} en lugar de {from} el {date}."),
        put_back: "Quedó como estaba planeado.",
        backed_up: "Copia de seguridad descargada. Guarda el archivo en un lugar seguro.",
        restored: "Se restauró tu copia de seguridad.",
        cleared: "Se borró todo. Puedes volver a empezar cuando quieras.",
        answer_every_question: "Por favor, responde cada pregunta con sí o no. No hay respuestas incorrectas.",
        readiness_gentle: "Gracias por contárnoslo. Tu plan será especialmente suave: sesiones cortas y fáciles que aumentan poco a poco.",
        readiness_ready: "Gracias. Ya puedes empezar con poco e ir avanzando desde ahí.",
        no_activity: "Elige al menos una actividad que te gustaría probar.",
        no_minutes: "Elige cuántos minutos te resultan cómodos hoy.",
        no_day: "Elige al menos un día de la semana que te venga bien.",
        adjust: [
            "Esa sesión ya no está en tu plan.",
            "Esa sesión ya está registrada; primero deshazla.",
            "Las sesiones se pueden mover a otro día de la misma semana.",
            "Elige hoy o un día que todavía no haya pasado.",
            "Ese día ya tiene una sesión.",
            "Elige una de las actividades que escogiste.",
            "Entre dos días de fuerza hace falta uno de descanso; elige otro día.",
            "No hay nada que cambiar.",
            "Esa sesión ya está como se planeó.",
        ],
        minutes_error: "Por favor, escribe los minutos que hiciste: un número del 1 al 600.",
        activity_error: "Por favor, elige lo que hiciste.",
        entry_error: "No se puede guardar así; revisa la nota y el estado de ánimo.",
        import: ImportWords {
            too_large: "es demasiado grande para ser una copia de seguridad de Momentum",
            malformed: "está dañado o no es un archivo de copia de seguridad",
            not_ours: "no es una copia de seguridad de Momentum",
            newer: "viene de una versión más nueva de Momentum; ábrelo allí",
            unknown_activity: |name| format!("menciona una actividad que Momentum no conoce: “{name}”"),
            damaged: |why| format!("está incompleto o dañado (detalle técnico: {why})"),
            implausible: |why| format!("tiene un valor que no puede ser correcto ({why})"),
        },
    },
    calendar: CalendarWords {
        calendar_name: "Plan de Momentum",
        kind_line: "Todo movimiento cuenta. Si hoy no es el día, está bien: siempre hay un mañana.",
        from_clinic: |clinic| format!("De tu plan de Momentum en {clinic}."),
        description: |clinic| {
            if clinic.trim().is_empty() {
                "Sesiones de ejercicio suave de tu plan de Momentum.".to_owned()
            } else {
                format!("Sesiones de ejercicio suave de tu plan de Momentum en {clinic}.")
            }
        },
        summary: |activity, minutes, intensity| format!("{activity}, {minutes} min ({intensity})"),
        coming_up: |summary| format!("Se acerca: {summary}. Todo movimiento cuenta."),
    },
    summary: SummaryWords {
        open: "Preparar un resumen para mi equipo clínico",
        title: "Mi resumen de Momentum",
        made_here: |date| format!("Hecho en este dispositivo el {date}. No se envió nada: tú decides si imprimirlo, guardarlo o mostrarlo."),
        print: "Imprimir o guardar como PDF",
        back: "Volver a mi progreso",
        plans_title: "Planes",
        plan_line: |n, from, to| format!("Plan {n}: del {from} al {to}"),
        since_start: |weeks, date, sessions, minutes, days| {
            format!("Se muestran las últimas {weeks} semanas. Desde el {date}: {sessions} sesiones, {minutes} minutos, {days} días activos.")
        },
        weeks_caption: "Semana a semana",
        weeks_headers: ["Semana", "Sesiones hechas", "Minutos hechos", "Ánimo antes", "Ánimo después", "Demasiado difícil", "Otra cosa"],
        week_label: |plan, week| format!("Plan {plan}, semana {week}"),
        of: |done, planned| format!("{done} de {planned}"),
        mood_title: "Ánimo antes y después",
        mood_change: |change, sessions| {
            if sessions == 1 {
                format!("Cambio promedio después de una sesión: {change} en una escala de 1 (bajo) a 5 (bien), en 1 sesión con ambos anotados.")
            } else {
                format!("Cambio promedio después de una sesión: {change} en una escala de 1 (bajo) a 5 (bien), en {sessions} sesiones con ambos anotados.")
            }
        },
        no_moods: "Todavía no hay ánimo anotado antes y después de una sesión.",
        too_hard_title: "Sesiones que se sintieron demasiado difíciles",
        none: "Ninguna.",
        extra_title: "Otras cosas que hice",
        notes_title: "Mis notas",
        notes_hint: "Marca las notas que quieras incluir. No se incluye ninguna si no la marcas.",
        include_note: "Incluir esta nota",
        session_line: |date, activity, minutes| format!("{date} · {activity}, {minutes} min"),
    },
    care: CareWords {
        support_lead: "Si las cosas se sienten difíciles ahora mismo, no tienes que esperar:",
        support_title: "Apoyo cuando lo necesites",
        keep_title: "Cómo guardar tu progreso",
        kept: "Este navegador aceptó guardar tu progreso, a menos que tú lo borres.",
        not_kept: "Este navegador puede borrar los datos guardados cuando necesita espacio o (en un iPhone o iPad) tras siete días sin visitar el sitio. Una copia de seguridad mantiene tu progreso a salvo.",
        apple_hint: "En un iPhone o iPad, Safari borra los datos guardados de un sitio tras siete días sin visitarlo. Para conservar tu progreso, abre Momentum como app (en Safari: Compartir y luego Agregar a inicio) o descarga una copia de seguridad de vez en cuando.",
        open_app: "Abrir Momentum como app",
        move_hint: "Una app en tu pantalla de inicio guarda su propia copia. Para pasar tu progreso allí, descarga una copia de seguridad aquí y luego elige “Restaurar desde un archivo de copia de seguridad” en la app.",
        not_now: "Ahora no",
    },
};

/// "1 día", "3 días".
fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "1 minuto", "45 minutos".
fn minutes(n: u32) -> String {
    count(n, "minuto", "minutos")
}

/// "45 de 60 minutos", or "45 minutos" without a target.
fn minutes_of(done: u32, target: Option<u32>) -> String {
    match target {
        Some(target) => format!("{done} de {target} minutos"),
        None => minutes(done),
    }
}

/// "semana 3", or "semana 3 del plan 2" when the visitor has had more than one plan.
fn week_of(week: u8, plan: Option<usize>) -> String {
    match plan {
        Some(plan) => format!("semana {week} del plan {plan}"),
        None => format!("semana {week}"),
    }
}

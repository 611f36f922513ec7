"""News patterns of reported speech, end to end (entities resolve the speakers): short items
written for these tests in the style of official, regional and media news."""
import pytest

from khronika.document import Document

from quote_helpers import NAMES, heads, pipe_fixture, reader


pipe = pipe_fixture(NAMES)
quotes = reader(heads, "2025-11-24")


NEWS = [
    # "Про це повідомив X" after the claim; a direct quote with the surname after the verb
    ("Україна та партнери узгодили новий пакет оборонної допомоги. Про це повідомив міністр "
     "оборони Рустем Умєров.\n\n«Ми отримаємо додаткові системи ППО ще до зими», – зазначив Умєров "
     "під час зустрічі в Брюсселі.",
     [("Україна", "rustem-umerov"), ("Ми", "rustem-umerov")]),
    # a body as the speaker: "як зазначили в МЗС"
    ("Як зазначили в МЗС, посол країни-агресора не прибув на виклик.",
     [("посол", "mfa-of-ukraine")]),
    # "за словами X", then a pronoun with a verb and a content clause
    ("Кабмін ухвалив рішення про нові виплати для переселенців.\n\nЗа словами прем'єр-міністерки "
     "Юлії Свириденко, гроші надійдуть на рахунки вже в грудні. Вона наголосила, що уряд "
     "перевірить кожну заяву.",
     [("гроші", "yulia-svyrydenko"), ("уряд", "yulia-svyrydenko")]),
    # a caption paragraph after the quote, no speech verb
    ("«Переговори не можуть відбуватися за наші спини. Україна має сидіти за столом».\n\n"
     "Брифінг міністра закордонних справ Андрія Сибіги.",
     [("Переговори", "andrii-sybiha")]),
    # the claim first, the body after a dash
    ("Протягом минулої доби противник 12 разів атакував наші позиції на Покровському напрямку, – "
     "повідомили в Генштабі ЗСУ.\n\nКрім того, ворог завдав авіаудару по Сумщині.",
     [("Протягом", "general-staff-of-ukraine")]),
    # a press service relaying a person's words: the person speaks
    ("«Ми готові до будь-якого сценарію. Але прошу киян заряджати павербанки», – передає "
     "пресслужба слова Віталія Кличка.",
     [("Ми", "vitali-klitschko")]),
    # "стверджує, що", "вважає, що" with a pronoun
    ("Уповноважений Верховної Ради з прав людини Дмитро Лубінець стверджує, що росіяни "
     "систематично катують полонених. Він вважає, що світ має відреагувати жорсткіше.",
     [("росіяни", "dmytro-lubinets"), ("світ", "dmytro-lubinets")]),
    # a media outlet as the source of an unmarked claim: it speaks, known or not
    ("Ціни на пальне найближчим часом не зростуть, – пише «Економічна правда» з посиланням на "
     "джерела в уряді.",
     [("Ціни", "ekonomichna-pravda")]),
    ("Ціни на хліб зростуть на 10%. Пекарні вже попередили мережі, – пише «Ділова столиця».",
     [("Ціни", "dilova-stolytsia")]),
    # "ОВА" without its region: the administration of the oblast the text names (Nikopol lies
    # in Dnipropetrovsk oblast), never a body with the id "ova"
    ("За даними ОВА, уночі окупанти обстріляли Нікополь з артилерії.",
     [("уночі", "dnipropetrovsk-ova")]),
    ("Уряд виділить кошти на відновлення шкіл. Гроші надійдуть до кінця року. Про це повідомила "
     "«Інформаційна служба громади».", [("Уряд", "informatsiina-sluzhba-hromady")]),
    # the speaker before a participle phrase
    ("Переговори з партнерами тривають, – зазначив Андрій Єрмак, коментуючи зустріч у Джидді.",
     [("Переговори", "andriy-yermak")]),
    # a group or the writer speaks: not the person named last
    ("Президент Польщі Анджей Дуда приїхав до Києва. Вони відповідають, що двері Альянсу "
     "відкриті, але не для нас.", [("двері", None)]),
    ("Президент Польщі Анджей Дуда приїхав до Києва. Ми не зможемо сказати про Маріуполь: "
     "«Це нові Фермопіли».", [("Це", None)]),
    # a verb with no subject of its own goes on from the sentence before
    ("Росія хоче домінувати в регіоні. І вважає, що може зробити це силою.",
     [("може", "russia")]),
    # an imperative reports no one's speech
    ("Зверніть увагу: ніхто не прийшов на переговори. Скажіть, що буде далі з цими людьми.", []),
    # a data frame with no source named
    ("Голова Верховної Ради Руслан Стефанчук підписав закон. За попередньою оцінкою, громади "
     "десяти областей отримають кошти.", [("громади", None)]),
    # "відповідати за" is to be responsible, not to answer
    ("Дякую всім, хто відповідав за безпеку на Великдень, за те, що вчора не допустили "
     "провокацій.", []),
    # no speaker named: the abbreviation is the topic, not the source
    ("Системи працюють без жодних перебоїв, – розповів він про ППО.", [("Системи", None)]),
    # a caption that opens with a demonstrative: "Це слова X", "Такі слова X"
    ("«Ми не відступимо і не здамося. Україна вистоїть». Це слова Президента України Володимира "
     "Зеленського.",
     [("Ми", "volodymyr-zelenskyy")]),
    ("«Кожне зруйноване місто ми відбудуємо». Такі слова Прем'єр-міністра Дениса Шмигаля.",
     [("Кожне", "denys-shmyhal")]),
    # the source after a time adverb: "Сьогодні про це сказав X"
    ("Уряд виділить кошти на відновлення шкіл. Сьогодні про це сказав прем'єр-міністр Денис Шмигаль.",
     [("Уряд", "denys-shmyhal")]),
    # a verb in the first person: the writer speaks, not the body named in the sentence
    ("Коли партнери відправляють зброю для ЗСУ, ми говоримо: «Дякую, друзі!»", [("Дякую,", None)]),
    # a parenthesis after the verb; relative clauses after "все," and "на питання,"
    ("І тоді Росія знову скаже, як завжди, що це нібито не вона.", [("це", "russia")]),
    ("Росія впевнена у своїй безкарності за все, що вона робить.", []),
    ("Військові відповідають командуванню на питання, що заважало їм наступати.", []),
    # names in marks: after a number ("постанову №155 «Про ...»"), and a name within a name
    # printed with one closing mark
    ("Нагадаю, вчора було ухвалено постанову №155 «Про особливості визнання гуманітарною "
     "допомогою товарів, необхідних для оборони».", []),
    ("Кошти можна направити до Благодійної організації «Міжнародний благодійний фонд «Повернись "
     "живим». Або на спеціальний рахунок Національного банку.", []),
    # a caption after a dash: the role, resolved by the date
    ("«Кожен із нас має робити свою частину роботи». – Президент України під час звернення до "
     "учасників форуму в Києві.",
     [("Кожен", "volodymyr-zelenskyy")]),
    # the speaker after the verb with a long tail
    ("«Ми повернемо додому всіх наших людей», – заявив керівник Офісу Президента Андрій Єрмак під "
     "час онлайн-зустрічі з представниками міжнародних правозахисних організацій та журналістами.",
     [("Ми", "andriy-yermak")]),
    # "вважає, що" and a closing "Як зазначив X, ..."
    ("Начальник Головного управління розвідки Кирило Буданов вважає, що противник готує новий "
     "наступ навесні. Як зазначив Буданов, для цього росіяни накопичують резерви.",
     [("противник", "kyrylo-budanov"), ("для", "kyrylo-budanov")]),
    # an unmarked claim closed by "повідомив X" with no dash; the General Staff's spokesman on
    # the date is in the knowledge base, so he speaks, not the body
    ("Засідання сесії перенесли через тривалу повітряну тривогу, повідомив речник Генштабу.",
     [("Засідання", "andriy-kovalov")]),
    # a present verb after the claim, then the body where it speaks
    ("Москва цього року проведе парад попри атаки дронів, кажуть у Кремлі.",
     [("Москва", "kremlin")]),
    # reporting to a superior is reported speech
    ("Головнокомандувач доповів Президенту, що ворог відступив від міста.",
     [("ворог", "oleksandr-syrskyi")]),
    ("Засідання сесії перенесли через тривалу повітряну тривогу, повідомив речник Міноборони.",
     [("Засідання", "ministry-of-defence-of-ukraine")]),
    # a speaker described first and named in an apposition between commas: the content starts
    # after the apposition, the named person speaks; a content opening with a name stays whole
    ("За словами очільника української дипломатії, міністра закордонних справ Дмитра Кулеби, "
     "партнери вже погодили нові поставки.\n\nЗа словами аналітика, Росія, як і раніше, "
     "не має резервів.",
     [("партнери", "dmytro-kuleba"), ("Росія,", None)]),
    # a name and office with a colon, no verb (headlines, captions); a colon after words that
    # name no one introduces nobody's speech
    ("Голова СБУ Василь Малюк: «Кожен зрадник понесе відповідальність».",
     [("Кожен", "vasyl-maliuk")]),
    ("Висновок простий: «Без протиповітряної оборони міста не вистоять».", [("Без", None)]),
    # a bare office noun refers back to the person named before who holds it on the date,
    # passing over one who does not ("Каллас" is no minister)
    ("Андрій Сибіга зустрівся з Каєю Каллас у Брюсселі.\n\n“Росія не хоче миру.\n\n“Вона хоче "
     "лише нових територій”, – сказав міністр.",
     [("Росія", "andrii-sybiha"), ("Вона", "andrii-sybiha")]),
    # a press service relaying a person's reported words: the person speaks
    ("Як повідомила пресслужба Міноборони, Рустем Умєров заявив, що армія отримає нові дрони.",
     [("армія", "rustem-umerov")]),
    # a name in marks inside an unmarked claim closed by its source is no quote of its own
    ("Уряд готує зміни до програми «єОселя», – пише «Економічна правда».",
     [("Уряд", "ekonomichna-pravda")]),
    ("Росія знову називає окупацію «визволенням», – заявив Андрій Сибіга.",
     [("Росія", "andrii-sybiha")]),
    # a caption on the same line, no stop or dash: a person's name and office
    ("«Ми відновимо кожну котельню» Олег Кіпер, голова Одеської ОВА.", [("Ми", "oleh-kiper")]),
    # a caption in parentheses; "Таку думку висловив X", "Так вважає X" close the claim before
    # them; "Так, ..." is "yes"
    ("«Ми вистоїмо, бо ми вдома» (Президент України Володимир Зеленський).",
     [("Ми", "volodymyr-zelenskyy")]),
    ("Росія не зможе довго вести війну такими темпами. Таку думку висловив Кирило Буданов.",
     [("Росія", "kyrylo-budanov")]),
    ("Переговори можуть початися вже взимку. Так вважає Андрій Єрмак.",
     [("Переговори", "andriy-yermak")]),
    ("Переговори можуть початися вже взимку. Так, заявив Андрій Єрмак, і це важливо.", []),
    # a plural verb with no subject after a body that spoke in the plural goes on with it
    ("У Харківській ОВА повідомили, що уночі дрони атакували Куп'янськ. Там також додали, що "
     "загиблих немає.",
     [("уночі", "kharkiv-ova"), ("загиблих", "kharkiv-ova")]),
    # "вони" after a body that spoke in the plural in the sentence before
    ("У Генштабі повідомили, що ворог атакував позиції на Лиманському напрямку. Вони також "
     "додали, що бої тривають.",
     [("ворог", "general-staff-of-ukraine"), ("бої", "general-staff-of-ukraine")]),
    # "речник" refers back to a spokesperson as well as to a press secretary
    ("Юрій Ігнат розповів про нічну атаку. «Більшість дронів збили над Київщиною», – зазначив "
     "речник.", [("Більшість", "yurii-ihnat")]),
    # the knowledge base's gender decides where the dictionary knows no name ("Кая"); a
    # preposition's object ("Під час розмови") is no subject that describes a speaker
    ("Андрій Сибіга провів телефонну розмову з Каєю Каллас.\n\nПід час розмови наголосив, що "
     "Україні потрібні нові системи ППО.",
     [("Україні", "andrii-sybiha")]),
    # a medium in the dative is who was told, not who speaks
    ("Як розповіло «Українській правді» джерело в уряді, відставку обговорять у четвер.",
     [("відставку", None)]),
    # investigative news: a finding of journalists, their outlet named in marks (in any case,
    # one entity: «Наших грошей» is «Наші гроші»); "він" is then the unnamed deputy, not the
    # outlet that spoke last
    ("Депутат міськради придбав квартиру за ціною, нижчою за ринкову, – з'ясували журналісти "
     "«Наших грошей».\n\nУ коментарі виданню депутат заявив, що купив житло за власні кошти.\n\n"
     "«Усі документи є в декларації», – сказав він.",
     [("Депутат", "nashi-hroshi"), ("купив", None), ("Усі", None)]),
    # what nobody said: a negated speech verb or stance, a stance after an infinitive; "не раз
    # наголошував" was said
    ("Партнери не сказали, що двері Альянсу зачинені. Ніхто не був упевнений у тому, що ми "
     "вистоїмо. Рішення дозволить фермерам бути впевненими, що вони не збанкрутують. Міністр "
     "не раз наголошував, що армія готова.",
     [("армія", None)]),
    # a place speaks for its government after "в"/"у" with a plural verb and no subject;
    # "до того, як" is a conjunction of time, no content clause
    ("У Москві знову заявили, що не мають стосунку до удару. Ці удари лише додають сорому до "
     "того, як про них напишуть історики.",
     [("не", "moscow")]),
    # a medium right after the verb that may be a dative is who was told
    ("«Водія затримали на місці», – повідомили Укрінформу в пресслужбі Нацполіції.",
     [("Водія", "national-police-of-ukraine")]),
    # "У заяві йдеться:" speaks for the body whose statement the sentence before names
    ("МЗС України оприлюднило заяву щодо удару по Києву. У заяві йдеться: «Росія має відповісти "
     "за кожен злочин».", [("Росія", "mfa-of-ukraine")]),
    # three words that are a sentence of their own take a caption
    ("«Ми разом сильніші». Виступ Прем'єр-міністерки Юлії Свириденко на Конференції з "
     "відновлення України.", [("Ми", "yulia-svyrydenko")]),
    # a press service relaying a person's words: the person speaks, and "що мер наголосив" is
    # no claim of the service's
    ("У пресслужбі міськради повідомили, що мер Ігор Терехов наголосив: «Місто буде з теплом».",
     [("Місто", "ihor-terekhov")]),
    # "у відомстві" points back at the body just named, not at a body called "Відомство"
    ("У Нацполіції повідомили, що затримали підозрюваного. Як зазначили у відомстві, йому "
     "загрожує до восьми років ув'язнення.",
     [("затримали", "national-police-of-ukraine"), ("йому", "national-police-of-ukraine")]),
    # a service of a body named by its common noun, of no city the text names: nobody (a
    # body called "Міськрада" would be one id for every city)
    ("У пресслужбі міськради повідомили, що тепло дадуть до кінця тижня.", [("тепло", None)]),
    # a woman's name the dictionary also reads as a man's genitive ("Мар'яна") agrees with
    # "заявила": she speaks, not the ministry named before her
    ("Речниця МЗС Мар'яна Беца заявила, що Україна засуджує удар по Одесі.",
     [("Україна", "mariana-betsa")]),
    # names of operations, films and slogans in marks are no quotes
    ("Операція «Павутина» стала однією з найуспішніших. Фільм «Двадцять днів у Маріуполі» "
     "отримав нагороду. Мешканці вийшли на мітинг під гаслом «Руки геть від парку».", []),
    # an assessment told: "Так оцінив X" attributes the quote before it; what is assessed
    # ("оцінили збитки") is an object, and the relative clause after it no claim
    ("«Ситуація на фронті складна». Так оцінив ситуацію військовий експерт Олег Жданов.",
     [("Ситуація", "oleh-zhdanov")]),
    ("Експерти оцінили збитки у п'ять мільйонів гривень, що стало рекордом.", []),
    ("Питання «Хто заплатить за відновлення мосту?» досі лишається відкритим. Традиційне "
     "привітання «Христос воскрес!» лунало біля кожного храму.", []),
]


@pytest.mark.parametrize("text,expected", NEWS, ids=[f"news{i}" for i in range(len(NEWS))])
def test_news_quotes_and_speakers(pipe, text, expected):
    assert quotes(pipe, text) == expected


OWN_WORDS = ("Я дякую вам. Ми боремося. Я вірю в перемогу.\n\n"
             "Сьогодні вранці я говорив з Ярославом Петренком, і він сказав важливі слова: «Розумію, "
             "що ви хочете миру і маєте себе захищати». І я на це відповів: «Наш народ став цим "
             "військом».\n\nМи всі говоримо: «Дякую за підтримку!»\n\n"
             "Сьогодні у зверненні до парламенту наголосив на тому, що санкції мають містити нафту.\n\n"
             "Ворог б'є не тільки по військових об'єктах, як заявляє.")


@pytest.mark.parametrize("title,author", [
    ("Звернення Президента України Володимира Зеленського до парламенту", "volodymyr-zelenskyy"),
    # no one, or two people, named as the speaker: the writer's words stay unattributed
    ("Ми вистояли", None),
    ("Брифінг Михайла Подоляка та Дениса Шмигаля", None),
])
def test_the_writers_own_words_in_an_address_are_its_authors(title, author):
    from khronika.pipeline import analyze
    doc = analyze(OWN_WORDS, "2022-03-22", title=title)
    got = [(q.text.split()[0].strip(","), q.speaker) for q in doc.quotes]
    # the person he spoke with says his own words; "ми" is no one person
    assert got[0][0] == "Розумію" and got[0][1] not in (author, None)
    # "як заявляє" in the third person is not the writer
    assert got[1:] == [("Наш", author), ("Дякую", None), ("санкції", author), ("Ворог", None)]


STATEMENT = ("МЗС України рішуче засуджує черговий удар Росії по Одесі. Закликаємо партнерів "
             "посилити санкції. Наголошуємо, що безкарність веде до нових злочинів. Нагадуємо, "
             "що Росія вже порушила десятки резолюцій.\n\n"
             "Міністр закордонних справ Андрій Сибіга провів телефонну розмову з Каєю Каллас.\n\n"
             "Обговорили нові санкції. Наголосив, що Україні потрібні нові системи ППО.\n\n"
             "Ми завжди говоримо партнерам: «Сила зупиняє агресора».")


@pytest.mark.parametrize("title,we", [
    # a ministry's statement: its "ми" is the ministry, and "наголосив" is a man named before,
    # not the writer
    ("Заява МЗС України щодо удару по Одесі", "mfa-of-ukraine"),
    ("Заява Міністерства закордонних справ України", "mfa-of-ukraine"),
    # an address by a person the title names: "наголосив" is the writer; "ми" is no one person
    ("Звернення Президента України", None),
])
def test_a_bodys_statement_is_not_a_persons_address(title, we):
    from khronika.pipeline import analyze
    doc = analyze(STATEMENT, "2025-11-24", title=title)
    got = [(q.text.split()[0], q.speaker) for q in doc.quotes]
    said = "andrii-sybiha" if we else "volodymyr-zelenskyy"
    # the writer's own "Наголошуємо, що ..." is plain text, no quote
    assert got == [("Україні", said), ("Сила", we)]


@pytest.mark.parametrize("text, expected", [
    # a body named by its common noun where it speaks, with a plural verb
    ("У Житомирі після обстрілу пошкоджено школу. «Навчання перевели в дистанційний формат», — "
     "повідомили в міській раді.", [("Навчання", "zhytomyr-city-council")]),
    # with no city and no police named, the noun names no body: nobody, never "Міськрада"
    ("Ремонт мосту затягується. У міськраді додали, що підрядника оштрафують.",
     [("підрядника", None)]),
    ("У поліції зазначили, що відкрито кримінальне провадження.",
     [("відкрито", None)]),
    ("«Ситуація під контролем», — заявили у пресслужбі.", [("Ситуація", "pressluzhba")]),
    # a name after the noun speaks, not the noun
    ("У пресслужбі Міноборони зазначили, що постачання тривають.",
     [("постачання", "ministry-of-defence-of-ukraine")]),
    # a singular verb has its own subject: no body is made up for it
    ("У міськраді депутат сказав, що бюджет ухвалять.", [("бюджет", None)]),
])
def test_a_body_named_by_its_common_noun_where_it_speaks(pipe, text, expected):
    assert quotes(pipe, text) == expected


def test_a_bodys_reported_speech_lends_no_speaker_to_words_quoted_before_it(pipe):
    text = ("Президент звернувся до громадян Росії.\n\n«Ваши войска обстреляли мирные города, "
            "и вы об этом молчите».\n\nУ пресслужбі ОВА зазначили, що обстріли Харкова тривали "
            "всю ніч.")
    got = quotes(pipe, text)
    assert got[-1] == ("обстріли", "kharkiv-ova")
    assert got[0][1] != "kharkiv-ova"


def test_one_of_a_group_speaks_for_no_entity_even_in_an_address_with_an_author(pipe):
    from khronika.analysis import analyze_raw
    from khronika.ingest.readers import RawDoc
    text = ("Я звертаюся до наших партнерів. Ми бачимо нові загрози, і ми готові до них. "
            "Я говорив сьогодні з лідерами Європи. Один з рупорів окупантів заявив про те, що вони можуть "
            "застосувати хімічну зброю. Наголосив, що ми маємо діяти разом.")
    doc = analyze_raw(RawDoc(text=text, extra={"speakers": ["Володимир Зеленський"]}), pipe).doc
    got = [(q.text.split()[0], q.speaker) for q in doc.quotes]
    assert got == [("вони", None), ("ми", "volodymyr-zelenskyy")]


@pytest.mark.parametrize("text, expected", [
    ("Кабмін ухвалив рішення про нові виплати. Гроші надходитимуть щомісяця, пише «Економічна "
     "правда».", [("Гроші", "ekonomichna-pravda")]),
    # a present verb in a series is no source
    ("Руїни міст, нагадують руїни Вердена.", []),
])
def test_a_medium_after_a_present_verb_closes_the_claim(pipe, text, expected):
    assert quotes(pipe, text) == expected


def test_a_which_clause_after_a_topic_of_telling_is_no_reported_speech(pipe):
    assert quotes(pipe, "Окупанти оголосили про «націоналізацію» будинків, що належать українцям.") == []
    assert quotes(pipe, "Міністр розповів про нові заводи, що вироблятимуть снаряди.") == []
    assert len(quotes(pipe, "Міністр розповів про те, що заводи вироблятимуть снаряди.")) == 1
    assert len(quotes(pipe, "Канцлер сказав про вторгнення, що Європа такого не бачила.")) == 1


def test_a_bodys_representative_speaks_for_the_body_whatever_case_its_name_reads(pipe):
    assert quotes(pipe, "Представник Пентагону повідомив: «Ракети вже в дорозі».") == [("Ракети", "pentagon")]
    assert quotes(pipe, "Міністр сказав Укрінформу: «Ракети вже в дорозі».")[0][1] != "ukrinform"


def test_the_speakers_next_act_is_no_part_of_what_he_said(pipe):
    doc = pipe(Document("Канцлер заявив, що Німеччина не є стороною війни, і пообіцяв нові системи ППО.",
                        date="2025-11-24"))
    assert [q.text for q in doc.quotes] == ["Німеччина не є стороною війни"]
    # the content's own subject keeps its second verb
    doc = pipe(Document("Міністр заявив, що він прибув до Львова і провів нараду.", date="2025-11-24"))
    assert [q.text for q in doc.quotes] == ["він прибув до Львова і провів нараду"]


def test_a_side_named_by_its_states_adjective_speaks_as_that_state(pipe):
    doc = pipe(Document("Макрон провів розмову з Сі Цзіньпіном. За даними французької сторони, лідери "
                        "обговорили торгівлю.", date="2025-11-24"))
    assert [q.speaker for q in doc.quotes] == ["france"]

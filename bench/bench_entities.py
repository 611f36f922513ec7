"""Entity layer throughput: documents of ~350 words, segmentation and morphology done first
(not timed), then the `entities` component alone, with and without the NER model.

    .venv/bin/python bench/bench_entities.py [--docs 300]
"""
from __future__ import annotations

import argparse
import random
import time

from khronika.document import Document
from khronika.extract.entities import EntityRecognizer
from khronika.extract.morph import Morphology
from khronika.extract.segment import Segmenter
from khronika.settings import Settings

SENTENCES = [
    "Президент України Володимир Зеленський провів зустріч із генсеком НАТО Марком Рютте у Брюсселі.",
    "Він наголосив, що Україна потребує більше систем протиповітряної оборони.",
    "Міністр закордонних справ Туреччини Хакан Фідан заявив про готовність Анкари до переговорів.",
    "Російські війська вдарили по Харківщині та Запоріжжю, повідомили в Генштабі ЗСУ.",
    "Делегація США на чолі зі Стівом Віткоффом прибула до Женеви для консультацій.",
    "Європейські партнери обговорили нові санкції проти Росії на засіданні Ради ЄС.",
    "Сьогодні Олена Петрук, голова громадської організації, зустрілася з Тарасом Мельником.",
    "Прем'єр-міністерка Юлія Свириденко доповіла про виконання бюджету Кабінетові Міністрів України.",
    "Американська сторона підтвердила, що зустріч відбудеться наступного тижня у Флориді.",
    "Росіяни продовжують атакувати енергетичну інфраструктуру, але українці відновлюють мережі.",
    "За його словами, Коаліція охочих готує гарантії безпеки для України.",
    "Канцлер Німеччини Фрідріх Мерц та президент Франції Емманюель Макрон прибудуть до Києва.",
]


def make_docs(n: int, words: int = 350, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts, count = [], 0
        while count < words:
            s = rnd.choice(SENTENCES)
            parts.append(s)
            count += len(s.split())
        out.append(" ".join(parts))
    return out


def run(texts: list[str], ner: bool) -> tuple[float, float, int]:
    settings = Settings(options={"entities": {"ner": ner}})
    seg, morph, ent = Segmenter(settings), Morphology(settings), EntityRecognizer(settings)
    docs = []
    for t in texts:
        d = Document(text=t)
        seg(d)
        morph(d)
        docs.append(d)
    ent(docs[0])                      # warm the caches and load the model
    wall0, cpu0 = time.perf_counter(), time.process_time()
    mentions = 0
    for d in docs:
        ent(d)
        mentions += len(d.mentions)
    return time.perf_counter() - wall0, time.process_time() - cpu0, mentions


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    args = ap.parse_args()
    t0 = time.perf_counter()
    from khronika.kb import get_kb
    get_kb()
    print(f"knowledge base load: {time.perf_counter() - t0:.2f} s")
    texts = make_docs(args.docs)
    nwords = sum(len(t.split()) for t in texts) / len(texts)
    for ner in (False, True):
        wall, cpu, mentions = run(texts, ner)
        print(f"entities (ner={ner}): {len(texts)} docs of ~{nwords:.0f} words: "
              f"{len(texts) / wall:.0f} docs/s wall, {len(texts) / cpu:.0f} docs/s CPU, "
              f"{mentions / len(texts):.1f} mentions/doc")


if __name__ == "__main__":
    main()

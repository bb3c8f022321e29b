#!/usr/bin/env python3
"""Writes Intents/syllables.txt: the Vietnamese syllables without their tone, from the phonotactics.

Every onset is combined with every rhyme under the spelling rules (c/k/q, g/gh, ng/ngh, gi, qu,
y/i without an onset). The tone is not listed: any of the six tones goes with an open or a nasal
syllable, only sắc and nặng with a stop final (p, t, c, ch); danvan applies that rule in code.
The list over-generates a little (a few unattested combinations) on purpose: it must hold every
real syllable, so that plain unaccented Vietnamese is never taken for Telex.

Run once from the repository root: python3 bench/syllables.py > Intents/syllables.txt
"""

ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]

OPEN = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ia", "ua", "ưa", "ya",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
        "iêu", "yêu", "uôi", "ươi", "ươu", "oa", "oe", "uê", "uy", "uơ",
        "oai", "oay", "oao", "oeo", "uây", "uya", "uyu", "uêu"]

CLOSED = {
    "a": "m n ng nh p t c ch", "ă": "m n ng p t c", "â": "m n ng p t c",
    "e": "m n ng p t c", "ê": "m n nh p t ch", "i": "m n nh p t ch",
    "o": "m n ng p t c", "ô": "m n ng p t c", "ơ": "m n p t", "u": "m n ng p t c",
    "ư": "m n ng t c", "iê": "m n ng p t c", "yê": "m n ng t", "uô": "m n ng t c",
    "ươ": "m n ng p t c", "oa": "m n ng nh p t c ch", "oă": "m n ng t c", "oe": "m n t",
    "uâ": "n ng t", "uê": "nh ch", "uy": "n nh t ch", "uyê": "n t",
}
# The loan rhymes oong, ooc (xoong, boong, soóc) are left out: in Telex, coong, khoong, thoong are
# công, không, thông. The few loan words are kept as typed by Intents/typing.txt.

FRONT = ("i", "e", "ê", "y")  # letters after which c/g/ng are spelt k/gh/ngh
GLIDED = ("oa", "oă", "oe", "uâ", "uê", "uy", "uơ")  # rounded rhymes that qu spells without its o/u


def rhymes():
    out = list(OPEN)
    for nucleus, finals in CLOSED.items():
        out += [nucleus + f for f in finals.split()]
    return out


def spell(onset, rhyme):
    """The written syllable, or None when the spelling rules forbid the combination."""
    front = rhyme.startswith(FRONT) and not rhyme.startswith(("ya", "yê", "yu"))
    if rhyme.startswith("yê") and onset:
        return None  # written iê after a consonant (tiên), yê only alone (yên) or after u (uyên)
    if rhyme.startswith("iê") and not onset:
        return None  # yên, not iên
    if rhyme in ("ya", "ia") and onset == "":
        return rhyme if rhyme == "ia" else None
    if rhyme.startswith("ya"):
        return None
    if onset in ("c", "g", "ng"):
        if front and not (onset == "g" and rhyme.startswith("i")):
            return None
        if onset == "c" and rhyme.startswith(GLIDED + ("uyê", "uya", "uyu", "uây", "uêu")):
            return None  # qu
    if onset in ("k", "gh", "ngh") and not front:
        return None
    if onset == "qu":
        if rhyme.startswith(("oa", "oă", "oe")):
            return "qu" + rhyme[1:]
        if rhyme.startswith(("uâ", "uê", "uy", "uơ")):
            return "qu" + rhyme[1:]
        if rhyme.startswith(("a", "ă", "â", "e", "ê", "y", "ơ", "ô")) and not rhyme.startswith("ya"):
            return "qu" + rhyme
        return None
    if onset == "gi":
        if rhyme.startswith("i"):
            return None  # g + i… (gì, gìn, giêng)
        if rhyme.startswith("yê"):
            return None
        return "gi" + rhyme
    return onset + rhyme


def main():
    seen = set()
    out = []
    for onset in ONSETS:
        for rhyme in rhymes():
            s = spell(onset, rhyme)
            if s and s not in seen:
                seen.add(s)
                out.append(s)
    print("# Âm tiết tiếng Việt không kể thanh (sinh bởi bench/syllables.py, đừng sửa tay).")
    print("# Dùng để giải mã chữ gõ Telex/VNI khi bộ gõ tắt và để tách từ viết liền.")
    print("# Âm tiết tận cùng bằng p, t, c, ch chỉ mang thanh sắc hoặc nặng.")
    for s in out:
        print(s)


if __name__ == "__main__":
    main()

"""Russian rules: trigger verbs and nouns by aspect and tense, modality cues, speech frames.

Russian aspect carries tense: the past of both aspects (заявил, заявила, заявили; встречался,
встретился) is past; the imperfective present (проводят, встречаются) is ongoing, reported as
occurred; the perfective present (встретится, проведут, состоится) and "будет/будут" with an
imperfective infinitive are the future; "бы" with a past is a conditional. Every verb is written
as its forms by tense (:func:`verb`), so the engine reads the tense from the group that matched.
Event nouns (переговоры, встреча, саммит) take their modality from the verb next to them,
which in Russian news often comes first ("в Женеве начались переговоры", "встреча не
состоится"). "ё" is matched as "[её]".
"""

from __future__ import annotations

import re

from tracker.extract.lang.ru.mentions import DEMONYMS
from tracker.extract.lang.ru.mentions import WORDS as MENTION_WORDS
from tracker.extract.lang.ru.temporal import WORDS as TEMPORAL_WORDS
from tracker.extract.lang.slavic_morphology import normaliser
from tracker.extract.rules import FLAGS, LanguageRules, TriggerTable

# --------------------------------------------------------------------------- morphology

_NE = r"(?:не\s+)?"
_ADV = r"(?:\s+(?:также|уже|ещ[её]|вновь|снова|лично|официально|публично|впервые|сегодня|вчера|накануне|ранее|тогда|же))*"
_TABLE = TriggerTable("ru")
_ANCHORS = _TABLE.anchors


def pst(stem: str) -> str:
    """Past of a non-reflexive verb, every gender and number: "заяви" -> заявил|заявила|заявило|заявили."""
    return rf"{stem}(?:л|ла|ло|ли)"


def pst_r(stem: str) -> str:
    """Past of a reflexive verb: "встрети" -> встретился|встретилась|встретилось|встретились."""
    return rf"{stem}(?:лся|лась|лось|лись)"


def verb(
    past: str = "",
    pres: str = "",
    fut: str = "",
    inf: str = "",
    part: str = "",
    ipf_inf: str = "",
    after: str = "",
) -> str:
    """A regex with one named group per tense for a Russian verb pair (forms are fragments).

    ``past``: past forms of both aspects; ``pres``: imperfective present (ongoing); ``fut``:
    perfective present (future); ``ipf_inf``: the imperfective infinitive that makes the
    compound future with "будет/будут"; ``inf``: infinitives, whose modality comes from the
    words on their left ("планируется провести", "намерены встретиться"); ``part``: gerunds and
    participles. "не" before a form is kept in the match (negation: denied); ``after`` must
    follow every form (an object noun, a preposition).
    """
    a = after
    forms = [f for f in (past, pres, fut, inf, part, ipf_inf) if f]
    anchor = r"\b(?:" + "|".join(forms) + ")"
    groups = []
    if past:
        groups.append(rf"(?P<cond>\b{_NE}(?:{past})\s+бы{_ADV}{a}|\bбы\s+{_NE}(?:{past}){a})")
        groups.append(rf"(?P<past>\b{_NE}(?:{past}){_ADV}{a})")
    if ipf_inf:
        groups.append(rf"(?P<fut>\b{_NE}(?:буд(?:ет|ут|у|ем))\s+(?:\w+\s+)?(?:{ipf_inf}){a}" + (rf"|\b{_NE}(?:{fut}){_ADV}{a}" if fut else "") + ")")
    elif fut:
        groups.append(rf"(?P<fut>\b{_NE}(?:{fut}){_ADV}{a})")
    if pres:
        groups.append(rf"(?P<pres>\b{_NE}(?:{pres}){_ADV}{a})")
    if inf:
        groups.append(rf"(?P<inf>\b{_NE}(?:{inf}){a})")
    if part:
        groups.append(rf"(?P<part>\b(?:{part}){a})")
    out = "(?:" + "|".join(groups) + r")(?!\w)"
    _ANCHORS[out] = anchor
    return out


# --------------------------------------------------------------------------- triggers

_TRIGGERS = _TABLE.rules


_add = _TABLE.add


#: A name follows (capitalised word): "принял Зеленского", "позвонил Путину".
_NAME_AHEAD = r"(?=\s+(?:[\w-]+\s+){0,2}?(?-i:[А-ЯЁA-Z]))"
_TALK_NOUN = r"(?:переговор|встреч|консультаци|бесед|саммит|раунд|заседани|совещани|дискусси|диалог|контакт)\w*"
_PROPOSAL_N = (
    r"(?:план|проект|предложени|меморандум|инициатив|документ|услови|требовани|вариант|дорожн\w+\s+карт|"
    r"рамочн\w+\s+соглашени|мирн\w+\s+соглашени|перечень|список|пакет)\w*"
)
_DEAL_N = r"(?:соглашени|договор[её]нност|договор|декларац|меморандум|документ|контракт|сделк|перемири|протокол|коммюнике|компромисс|понимани)\w*"
_OBJ = lambda noun, n=3: rf"\s+(?:[\w-]+\s+){{0,{n}}}?{noun}"  # noqa: E731 - a shorthand used inside the patterns below

# ---- statements: verbs of saying, every gender and both aspects, gerunds
_SPEECH = [
    ("declare", verb(past=pst("заяви"), pres=r"заявля(?:ет|ют)", part=r"заявив")),
    ("say", verb(past=pst("сказа"), pres=r"говор(?:ит|ят)", part=r"сказав")),
    ("report", verb(past=pst("сообщи"), pres=r"сообща(?:ет|ют)")),
    ("note", verb(past=pst("отмети"), pres=r"отмеча(?:ет|ют)", part=r"отметив")),
    ("stress", verb(past=pst("подчеркну"), pres=r"подчеркива(?:ет|ют)", part=r"подчеркнув")),
    ("write", verb(past=pst("написа"), pres=r"пиш(?:ет|ут)")),
    ("warn", verb(past=pst("предупреди"), pres=r"предупрежда(?:ет|ют)")),
    ("point_out", verb(past=pst("указа"), part=r"указав")),
    ("add", verb(past=pst("добави"), pres=r"добавля(?:ет|ют)", part=r"добавив")),
    ("specify", verb(past=pst("уточни") + "|" + pst("поясни"), pres=r"(?:уточня|поясня)(?:ет|ют)")),
    ("urge", verb(past=pst("призва"), pres=r"призыва(?:ет|ют)")),
    ("admit", verb(past=pst("призна"), pres=r"призна(?:ет|ют)")),
    ("deny", verb(past=r"опроверг(?:ла|ли|ло)?", pres=r"опроверга(?:ет|ют)")),
    ("criticise", verb(past=pst("раскритикова") + "|" + pst("критикова"), pres=r"критику(?:ет|ют)")),
    ("condemn", verb(past=pst("осуди"), pres=r"осужда(?:ет|ют)")),
    ("welcome", verb(past=pst("приветствова"), pres=r"приветству(?:ет|ют)")),
    ("promise", verb(past=pst("пообеща") + "|" + pst("обеща"), pres=r"обеща(?:ет|ют)")),
    ("announce", verb(past=pst("анонсирова") + "|" + pst("объяви"), pres=r"(?:анонсиру|объявля)(?:ет|ют)")),
    ("confirm", verb(past=pst("подтверди"), pres=r"подтвержда(?:ет|ют)")),
    ("comment", verb(past=pst("прокомментирова"), pres=r"комментиру(?:ет|ют)")),
    ("assure", verb(past=pst("завери"), pres=r"заверя(?:ет|ют)")),
    ("remind", verb(past=pst("напомни"), pres=r"напомина(?:ет|ют)")),
    ("call_it", verb(past=pst("назва"), part=r"назвав", after=r"(?=\s+(?:[\w«»\"-]+\s+){0,3}?(?:[\w-]+(?:ым|ой|ыми|ими)|«))")),
]
#: "сообщают СМИ", "пишет газета": the media report, nobody makes a statement
_NOT_MEDIA = r"(?!\s+(?:[\w-]+\s+)?(?:СМИ|источник|издани|газет|журнал|агентств|телеканал|портал|сайт|медиа)\w*)"
for _name, _pat in _SPEECH:
    _add(f"statement.verb_{_name}", "statement_issued", _pat + _NOT_MEDIA, speech=True, confidence=0.75, anchor=_ANCHORS[_pat])
# "по словам X", "по его словам": X said it
_add("statement.according_to_words", "statement_issued", r"\bпо\s+(?:(?:его|е[её]|их)\s+)?словам\b", kind="noun", speech=True, confidence=0.65)
_add("statement.noun_statement", "statement_issued",
     r"\bв\s+(?:своем\s+|сво[её]м\s+|совместном\s+|официальном\s+|письменном\s+)?(?:заявлении|обращении|интервью|коммюнике)\b",
     kind="noun", speech=True, confidence=0.65, channel="communiqué")

# ---- meetings
_add("meeting.verb_meet", "meeting_held",
     verb(past=pst_r("встрети") + "|" + pst_r("встреча"), pres=r"встреча(?:ется|ются)", fut=r"встрет(?:ится|ятся|имся)",
          inf=r"встретиться|встречаться", part=r"встретившись"),
     confidence=0.8)
_add("meeting.verb_hold", "meeting_held",
     verb(past=pst("пров[её]") + r"|пров[её]л|" + pst("проводи"), pres=r"провод(?:ит|ят)", fut=r"провед(?:[её]т|ут|[её]м)",
          inf=r"провести|проводить", ipf_inf=r"проводить", part=r"проведя", after=_OBJ(_TALK_NOUN, 4)),
     confidence=0.8, anchor=r"\b(?:пров[её]|провод|провед)")
_add("meeting.verb_conduct_talks", "meeting_held",
     verb(past=r"в[её]л(?:а|и)?", pres=r"вед(?:[её]т|ут)", inf=r"вести", ipf_inf=r"вести",
          after=_OBJ(r"(?:переговоры|дискуссию|диалог|консультации)", 2)),
     confidence=0.75, anchor=r"\b(?:в[её]л|вед|вести|буд)")
_add("meeting.verb_talk", "meeting_held",
     verb(past=pst("переговори") + "|" + pst("побеседова"), fut=r"(?:переговор|побеседу)(?:ит|ят|ет|ют)",
          inf=r"переговорить|побеседовать"), confidence=0.7)
_add("meeting.verb_receive", "meeting_held",
     verb(past=r"принял(?:а|и)?", pres=r"принима(?:ет|ют)", fut=r"прим(?:ет|ут)", after=_NAME_AHEAD), confidence=0.55)
_add("meeting.noun_talks", "meeting_held",
     r"\b(?:переговор(?:ы|ов|ам|ами|ах)|встреч(?:а|и|е|у|ей|ам|ами|ах)|саммит(?:а|е|у|ом|ы|ов)?|"
     r"консультаци(?:и|й|ям|ях|ями)|бесед(?:а|ы|е|у|ой)|видеоконференци\w*|совещани(?:е|я|и|ю)|"
     r"раунд(?:а|е|у|ом)?\s+(?:переговоров|консультаций|встреч))\b",
     kind="noun", confidence=0.6)

# ---- phone calls
_add("phone.noun_call", "phone_call",
     r"\b(?:телефонн\w+\s+(?:разговор|бесед|переговор|контакт)\w*|разговор\w*\s+по\s+телефону|переговор\w*\s+по\s+телефону)\b",
     kind="noun", confidence=0.8)
_add("phone.verb_call_up", "phone_call",
     verb(past=pst_r("созвони"), fut=r"созвон(?:ится|ятся|имся)", inf=r"созвониться"), confidence=0.85)
_add("phone.verb_phone", "phone_call",
     verb(past=pst("позвони"), fut=r"позвон(?:ит|ят)", inf=r"позвонить", after=_NAME_AHEAD), confidence=0.7)

# ---- visits
_TO_PLACE = r"(?=\s+(?:[\w-]+\s+){0,3}?(?:в|во|на)\s+(?-i:[А-ЯЁA-Z]))"
_add("visit.verb_arrive", "visit",
     verb(past=r"прибыл(?:а|о)?|прибыли(?=\s+(?:[\w-]+\s+){0,3}?(?:в|во|на)\s)", pres=r"прибыва(?:ет|ют)", fut=r"прибуд(?:ет|ут)",
          inf=r"прибыть", after=_TO_PLACE),
     confidence=0.7, anchor=r"\b(?:прибы|прибуд)")
_add("visit.verb_fly_in", "visit",
     verb(past=pst("прилете") + "|" + pst("приеха"), fut=r"(?:прилет|приед)(?:ит|ят|ет|ут)", inf=r"прилететь|приехать",
          after=_TO_PLACE), confidence=0.65)
_add("visit.verb_visit", "visit",
     verb(past=pst("посети"), pres=r"посеща(?:ет|ют)", fut=r"посет(?:ит|ят)", inf=r"посетить", after=_NAME_AHEAD), confidence=0.65)
_add("visit.noun_visit", "visit",
     r"\b(?:(?:с|со)\s+(?:[\w-]+\s+)?визитом|визит(?:а|е|ом|у)?\s+(?:в|во|на)|поездк(?:а|и|е|у|ой)\s+(?:в|во|на))\b",
     kind="noun", confidence=0.6)

# ---- reports to a leader
_add("report.verb_report", "report_to_leader",
     verb(past=pst("доложи") + "|" + pst("докладыва"), pres=r"докладыва(?:ет|ют)", fut=r"долож(?:ит|ат)",
          inf=r"доложить|докладывать"), confidence=0.85)
_add("report.verb_inform", "report_to_leader",
     verb(past=pst("проинформирова"), fut=r"проинформиру(?:ет|ют)", after=r"(?=\s+(?:[\w-]+\s+){0,1}?(?:президент|глав\w+\s+государства|(?-i:[А-ЯЁ])))"),
     confidence=0.7)
_add("report.verb_account", "report_to_leader",
     verb(past=pst_r("отчита"), fut=r"отчита(?:ется|ются)", inf=r"отчитаться", after=r"\s+перед"), confidence=0.8)

# ---- proposals
_add("proposal.verb_propose", "proposal_presented",
     verb(past=pst("предложи"), pres=r"предлага(?:ет|ют)", fut=r"предлож(?:ит|ат)", inf=r"предложить"), confidence=0.6)
_add("proposal.verb_present", "proposal_presented",
     verb(past=pst("представи") + "|" + pst("переда") + "|" + pst("выдвину") + r"|вн[её]с(?:ла|ли)?", fut=r"(?:представ(?:ит|ят)|переда(?:ст|дут)|выдвин(?:ет|ут)|внес(?:[её]т|ут))",
          inf=r"представить|передать|выдвинуть|внести", after=_OBJ(_PROPOSAL_N, 3)),
     confidence=0.7, anchor=r"\b(?:представ|переда|выдвин|вн[её]с)")
_add("proposal.verb_demand", "proposal_presented",
     verb(past=pst("потребова"), pres=r"требу(?:ет|ют)"), confidence=0.55)

# ---- rejections
_add("rejection.verb_reject", "proposal_rejected",
     verb(past=r"отверг(?:ла|ли|ло)?|" + pst("отклони"), pres=r"(?:отверга|отклоня)(?:ет|ют)", fut=r"(?:отвергн(?:ет|ут)|отклон(?:ит|ят))"),
     confidence=0.75, anchor=r"\b(?:отверг|отклон)")
_add("rejection.verb_refuse", "proposal_rejected",
     verb(past=pst_r("отказа"), pres=r"отказыва(?:ется|ются)", after=r"\s+от\b(?!\s+(?:участи|встреч|поездк|визит))"), confidence=0.65)
# "Киев не примет требования", "не согласились с условиями": a refusal, told by a negated verb
_add("rejection.not_accept", "proposal_rejected",
     r"\bне\s+(?:прим(?:ет|ут)|принял[аи]?|принима(?:ет|ют)|соглас(?:ится|ятся|ился|илась|ились))\s+(?:с\s+)?(?:[\w-]+\s+){0,2}?(?:требовани|услови|предложени|план|ультиматум|проект|меморандум)\w*",
     kind="verb_phrase", modality="occurred", confidence=0.7)
_add("rejection.adj_unacceptable", "proposal_rejected", r"\b(?:неприемлем\w*|не\s+может\s+быть\s+и\s+речи)\b", kind="noun", confidence=0.6)

# ---- agreements
_add("agreement.verb_agree", "agreement_reached",
     verb(past=pst_r("договори") + "|" + pst_r("услови"), fut=r"договор(?:ятся|ится|имся)", inf=r"договориться"), confidence=0.75)
_add("agreement.verb_reach", "agreement_reached",
     verb(past=r"достиг(?:ла|ли|ло)?|" + pst("заключи") + "|" + pst("подписа"), fut=r"(?:достигн|заключ|подпиш)(?:ет|ут|ат|ит)",
          inf=r"достичь|заключить|подписать", after=_OBJ(_DEAL_N, 3)),
     confidence=0.8, anchor=r"\b(?:достиг|заключ|подпис|подпиш)")
_add("agreement.verb_swap", "agreement_reached",
     verb(past=pst_r("обменя"), fut=r"обменя(?:ются|ется)", after=_OBJ(r"(?:пленными|военнопленными|заключ[её]нными|телами)", 3)),
     confidence=0.75)
_add("agreement.noun_exchange", "agreement_reached",
     r"\bобмен\w*\s+(?:[\w-]+\s+){0,2}?(?:пленными|военнопленными|заключ[её]нными)\b", kind="noun", confidence=0.65)
_add("agreement.noun_reached", "agreement_reached",
     r"\b(?:соглашени|договор[её]нност|сделк|перемири)\w*\s+(?:[\w-]+\s+){0,2}?(?:было\s+|были\s+)?(?:достигнут\w*|подписан\w*|заключен\w*)\b",
     kind="verb_phrase", confidence=0.8)

_P = lambda s: re.compile(s, FLAGS)  # noqa: E731 - a one-letter shorthand for the pattern table below

_PAST_VERB = r"(?:состоял(?:ся|ась|ось|ись)|прош(?:[её]л|ла|ло|ли)|начал(?:ся|ась|ось|ись)|стартовал(?:а|о|и)?|заверш(?:ил(?:ся|ась|ось|ись)|ились)|продолжил(?:ся|ась|ись)|проходи(?:т|л|ла|ли)|проходят|продолжа(?:ется|ются|лись|лась)|ид(?:ет|ут))"
_FUT_VERB = r"(?:состо(?:ится|ятся)|пройд(?:[её]т|ут)|начн(?:[её]тся|утся)|стартует|продолжатся|продолжится)"
_PLAN_WORD = r"(?:планиру(?:ется|ются|ет|ют)|запланирован\w*|намечен\w*|назначен\w*|ожида(?:ется|ются)|должн(?:а|о|ы)\s+(?:будет\s+)?(?:состояться|пройти)|предстоит|готовит\w*)"

RULES = LanguageRules(
    lang="ru",
    triggers=tuple(_TRIGGERS),
    normalise=normaliser("ru"),
    abbreviations=frozenset("г гг т тыс млн млрд им св ул д см др пр".split()),
    clause_break=_P(
        r"\s*(?:[;\[\]—–]|(?<!\d):(?!\d))\s*|\s*[\"“”«»]\s*"
        r"|\s*,?\s*\b(?:что(?:бы)?|но|однако|поскольку|потому\s+что|так\s+как|хотя|а\s+также|пока|назвав|заявив|подчеркнув|отметив)\b"
        r"|,\s*(?=(?:сообщает|сообщают|передает|передаёт|пишет|пишут|сообщило|сообщила|сообщил)\s)"
        # "Об этом (в среду) заявил X", "Как сообщил X, ...": the speaker follows the verb
        r"|\s*\b(?:об\s+этом|как)(?:\s+(?:ранее|уже|также|сегодня|вчера|накануне|в\s+\w+))?\s+(?=(?:сообщ|заяв|сказа|отмет|подчеркн|пиш|написа|добав|уточн|переда|объяв|анонсир)\w*\b)"
    ),
    clause_cues=(
        ("denied", _P(r"\bне\s+(?:состо\w+|планиру\w+|будет|проводил\w*|пройд\w+|прош\w+|намерен\w*|собира\w+)|(?<!не\s)\bотмен\w+|\bсорвал\w*|\bсорван\w*|\bисключ(?:ил|ила|или|ено|ают|ает)\b(?<!не\sисключено)|\bотказал\w*|\bотложен\w*|\bперенесен\w*")),
        ("possible", _P(r"\bмо(?:жет|гут|гла|гли|г)\b(?!\s+продл)|\bвозможн\w*|\bне\s+исключ\w+|\bвероятно\b|\bбудто\s+бы\b|\bякобы\b|\bбы\b|\bпредлож\w+|\bпредлага\w+|\bготов(?:а|ы)?\s+к\b|\bпредположительно\b|\bрассматрива\w+")),
        ("planned", _P(rf"\bбуд(?:ет|ут)\b|{_PLAN_WORD}|\bнамерен\w*|\bсобира(?:ется|ются)|\bдолжн(?:а|о|ы)\b|\bв\s+ближайшее\s+время\b|\bследующ\w+|\bпредстоящ\w+|\bочередн\w+\s+раунд|{_FUT_VERB}|\bнова?(?:я|ый|ые|ых|ую|ой)\s+(?:раунд|встреч|переговор|контакт)")),
        ("past", _P(rf"\b{_PAST_VERB}|\bпров[её]л\w*|\bпроводил\w*|\bпосле\b|\bнакануне\b|\bвчера\b|\bранее\b|\bпрошл\w+|\bминувш\w+|\bсостоявш\w+|\bприсутству\w+|\bучаствова\w+|\bпредыдущ\w+|\bпрошедш\w+")),
    ),
    attached_before=(
        ("past", _P(rf"\b{_PAST_VERB}\s+(?:[\w-]+\s+){{0,3}}$")),
        ("past", _P(r"\b(?:после|во\s+время|в\s+ходе|по\s+итогам|по\s+результатам|в\s+рамках|на\s+полях|накануне)\s+(?:[\w-]+\s+){0,3}$")),
        ("past", _P(r"\b(?:прошл|предыдущ|минувш|последн|состоявш|недавн|прошедш)\w+\s+(?:[\w-]+\s+)?$")),
        ("planned", _P(rf"\b(?:{_FUT_VERB}|{_PLAN_WORD}|следующ\w+|предстоящ\w+|будущ\w+|запланированн\w+|ближайш\w+)\s+(?:[\w-]+\s+){{0,3}}$")),
        ("ahead", _P(r"\b(?:накануне\s+предстоящ\w+|в\s+преддверии)\s+(?:[\w-]+\s+)?$")),
        ("new", _P(r"\b(?:нов(?:ый|ая|ое|ые|ого|ой|ую|ых|ом)|ещ[её]\s+одн\w+|очередн\w+)\s+(?:[\w-]+\s+)?$")),
        ("possible", _P(r"\b(?:возможн\w+|потенциальн\w+|предлагаем\w+|гипотетическ\w+)\s+(?:[\w-]+\s+)?$")),
        ("possible", _P(r"\bготов(?:а|ы)?\s+к\s+(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\b(?:никаких|нет|без|отмен\w+|сорван\w+)\s+(?:[\w-]+\s+)?$")),
        ("denied", _P(r"\bне\s+(?:состоял\w*|прош\w+|проводил\w*)\s+(?:[\w-]+\s+){0,2}$")),
    ),
    attached_after=(
        ("denied", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:не\s+(?:состоится|состоятся|состоялась|состоялся|состоялись|пройд\w+|прош\w+|планиру\w+|проводил\w*)|(?:был\w*\s+)?отменен\w*|сорвал\w*|отложен\w*|перенесен\w*)\b")),
        ("past", _P(rf"^(?:\s+[\w.-]+){{0,4}}?\s+(?:{_PAST_VERB}|длил\w+|продлил\w+)\b")),
        ("planned", _P(rf"^(?:\s+[\w.-]+){{0,4}}?\s+(?:{_FUT_VERB}|{_PLAN_WORD}|буд(?:ет|ут))\b")),
        ("possible", _P(r"^(?:\s+[\w.-]+){0,4}?\s+(?:мо(?:жет|гут)|могла\s+бы|могли\s+бы)\b(?!\s+продл)")),
        # "встреча может продлиться шесть часов": the length of the meeting under way
        ("past", _P(r"^(?:\s+[\w.-]+){0,3}?\s+(?:мо(?:жет|гут)\s+)?(?:продлиться|продлится|длится|длилась|длились|продолжается|продолжаются)\b")),
    ),
    infinitive_left=(
        ("denied", _P(r"(?:\bне\s+(?:будет|будут|станет|станут|планиру\w+|намерен\w*|собира\w+|хоч\w+|хотят|смог\w*|удалось)|\bотказал\w*|\bотказыва\w+|\bисключ\w+)\s+(?:[\w-]+\s+)?$")),
        ("possible", _P(r"\b(?:мо(?:жет|гут|гла|гли|г)|готов(?:а|ы)?|хоч(?:ет|ешь)|хотят|хотел\w*|предлож\w+|предлага\w+|возможно|не\s+исключ\w+|надеется|надеются|рассчитыва\w+)\s+(?:[\w-]+\s+)?$")),
        ("planned", _P(r"\b(?:будет|будут|планиру\w+|запланирован\w*|намерен\w*|собира\w+|должн\w*|предстоит|решил\w*|договорил\w+|обещал\w*|пообещал\w*|ожида\w+|нужно|необходимо|поручил\w*|готовится)\s+(?:[\w-]+\s+)?$")),
        ("purpose", _P(r"\b(?:чтобы|для\s+того\s+чтобы)\s+$")),
    ),
    negation=_P(r"\bне\b"),
    phone_cue=_P(r"\bтелефон\w*|\bсозвон\w*"),
    # "спецпосланник президента Дональда Трампа": the leader right after an envoy's title is
    # the principal (genitive), not a participant; "спецпосланник президента США Стив Уиткофф"
    # names the holder. An aide's title is often the holder's own ("помощник президента Юрий
    # Ушаков"): there the principal is told by the name that follows (possessor_after)
    possessor_before=_P(
        r"\b(?:спецпосланник|посланник|спецпредставител|эмиссар|зят|соратник|окружени|поручени|режим)\w*"
        r"\s+(?:(?:американского|российского|украинского)\s+)?(?:президента|премьер-министра|лидера|главы\s+государства)\s+$"
        # "представители администрации Дональда Трампа": the leader's administration, not him
        r"|\b(?:администраци|правительств|команд|окружени|кабинет)\w*\s+(?:(?:президента|премьер-министра|лидера)\s+)?(?:(?:США|РФ|России|Украины)\s+)?$"
    ),
    possessor_after=_P(r"^\s+(?:по\s+(?:[\w-]+\s+){1,4}?)?(?-i:[А-ЯЁ][а-яё]+)\s+(?-i:[А-ЯЁ][а-яё]+)"),
    attribution_before=_P(r"\b(?:по\s+данным|по\s+информации|со\s+ссылкой\s+на|согласно|по\s+мнению|цитирует|как\s+пишет|как\s+сообщает|как\s+сообщили\s+в)\s+(?:[\w-]+\s+){0,2}$"),
    pronoun_subject=_P(r"\b(?:он|она|мы|я)\b|\b(?:глава\s+делегации|дипломат|министр|переговорщик|политик|спецпосланник|посланник)\b(?=\s+(?:также\s+)?(?:заяви|сказа|отмети|подчеркну|добави))"),
    agent_marker=_P(r"\b(?:со\s+стороны)\s+(?:[\w-]+\s+){0,2}$"),
    recipient_marker=_P(r"\b(?:для|к)\s+(?:[\w-]+\s+){0,2}$"),
    # "встреча с X", "переговоры между X и Y", and the genitive right after the noun:
    # "переговоры официальных лиц США и России" (roles.py strips the trailing window)
    with_marker=_P(r"(?:\b(?:с|со|между|при\s+участии|вместе\s+с)\s+|^\s+(?=(?:[\w-]+\s+){0,3}?(?-i:[А-ЯЁA-Z])))(?:\w+\s+){0,4}$"),
    host_verb=_P(r"\b(?:принял|приняла|приняли|принима\w+|прим(?:ет|ут))"),
    # a title with a name after it ("президенту России Владимиру"): the title alone before a
    # country is the country's complement, not the leader
    leader_title=_P(r"\b(?:президент\w*|премьер\w*|глав\w+\s+государства|лидер\w*|канцлер\w*)\s+(?:[\w-]+\s+){1,3}$"),
    other_before=_P(r"\b(?:друг\w+|отдельн\w+|втор\w+|треть\w+|параллельн\w+|ин\w+)\s+(?:[\w-]+\s+)?$"),
    demonyms={"российск": "RU", "русск": "RU", "американск": "US", "украинск": "UA", "турецк": "TR", "иранск": "IR", "европейск": "EU"},
    quote=_P(r"[\"“„]([^\"“”„]{2,400}?)[\"”“]|«\s*([^«»]{2,400}?)\s*»"),
    stance_cues=(
        ("sceptical", _P(r"\bскептич\w*|\bсомнени\w*|\bсомнева\w+|\bосторожн\w*")),
        ("negative", _P(r"\bнеприемлем\w*|\bотверг\w*|\bотклон\w*|\bосуди\w*|\bосужда\w*|\bпровокаци\w*|\bтупик\w*|\bпровал\w*")),
        ("positive", _P(r"\bконструктивн\w*|\bплодотворн\w*|\bпродуктивн\w*|\bпозитивн\w*|\bполезн\w*|\bпрогресс\w*|\bделов\w*|\bуспешн\w*")),
    ),
    channel_cues=(
        ("X", _P(r"\bв\s+(?:социальной\s+)?сети\s+X\b|\bв\s+Twitter\b|\bв\s+X\b")),
        ("Telegram", _P(r"\bTelegram\w*|\bтелеграм\w*")),
        ("Truth Social", _P(r"\bTruth\s+Social\b")),
        ("interview", _P(r"\bинтервью\b")),
        ("communiqué", _P(r"\bзаявлени\w+|\bкоммюнике\b")),
        ("press conference", _P(r"\bпресс-конференци\w+|\bбрифинг\w*|\bжурналистам\b")),
        ("television", _P(r"\bв\s+эфире\b|\bтелеканал\w*")),
    ),
    topic_cues=(
        ("security guarantees", _P(r"\bгаранти\w+\s+безопасности\b")),
        ("territory", _P(r"\bтерритори\w+|\bДонбасс\w*|\bКрым\w*|\bлини\w+\s+фронта\b|\bграниц\w+")),
        ("ceasefire", _P(r"\bпрекращени\w+\s+огня\b|\bперемири\w+")),
        ("prisoner exchange", _P(r"\bобмен\w*\s+(?:\w+\s+)?(?:пленными|военнопленными)\b")),
        ("sanctions", _P(r"\bсанкци\w+")),
        ("peace plan", _P(r"\bмирн\w+\s+(?:план\w*|соглашени\w+|урегулировани\w+|процесс\w*)")),
        ("energy", _P(r"\bядерн\w+|\bЗАЭС\b|\bэнергетическ\w+|\bгаз\w*")),
    ),
    mediator_before=_P(r"\b(?:при\s+посредничестве|при\s+содействии|под\s+эгидой|в\s+присутствии|при\s+участии)\s+(?:[\w-]+\s+)?$"),
    group_reference=_P(r"\b(?:стороны|обе\s+стороны|оба\s+лидера|два\s+лидера|делегации|они)\b"),
    plural_pronoun=_P(r"\bони\b"),
    topic_before=_P(r"\b(?:посвященн\w+|о|об|по\s+поводу|касательно|тем(?:ой|а|ы|е|у)|повестк\w+|предмет\w*)\s+(?:[\w-]+\s+)?$"),
    possessive_before=_P(r"\b(?:их)\s+(?:[\w-]+\s+)?$"),
    purpose_after=_P(r"\b(?:для\s+(?:проведения|участия|встречи|переговоров|обсуждения)|чтобы\s+(?:встретиться|обсудить|провести|представить|подписать))\b"),
    support_verb=_P(r"\b(?:пров[её]л\w*|провод\w+|провед\w+|начал\w*|начн\w+|возобнов\w+|продолжил\w*|заверш\w+|участвова\w+|присутствова\w+|планиру\w+|предложил\w*|объявил\w*|отменил\w*|вед(?:ет|ут)|вели)\b"),
    not_event_date=_P(r"\b(?:до|к|с|со|начиная\s+с|вплоть\s+до)\s+$|\bс\s+тех\s+пор\b[^.;]{0,40}$"),
    location_blocker=_P(r"\b(?:войн\w+|конфликт\w*|кризис\w*|ситуаци\w+|операци\w+|наступлени\w+|удар\w*|бо(?:и|ев|ях)|урегулировани\w+)\s+(?:в|на|против)\s+$"),
    pluperfect=None,
    after_meeting=_P(r"\b(?:после\s+(?:встречи|переговоров|беседы)|по\s+итогам\s+(?:встречи|переговоров)|журналистам)\b"),
    joint_statement=_P(r"\bсовместн\w+\s+(?:заявлени\w+|коммюнике|декларац\w+)\b"),
    infinitive_marker=_P(r"\b\w+(?:ть|ться|ти)\b"),
    possessive_single=_P(r"\b(?:его|е[её])\s+(?:[\w-]+\s+)?$"),
    relative_days=(
        (-1, _P(r"\bнакануне\b(?!\s+(?:встреч|переговор|визит|саммит|бесед|разговор))(?=[^.]{0,200}\b(?:после|встреч|переговор))")),
        (1, _P(r"\b(?:на\s+следующий\s+день|днем\s+позже|на\s+другой\s+день)\b")),
    ),
    summary_nouns=(
        (_P(r"мирн\w+\s+план|\bплан\w*"), "plan"),
        (_P(r"меморандум"), "memorandum"),
        (_P(r"проект"), "draft"),
        (_P(r"дорожн\w+\s+карт"), "roadmap"),
        (_P(r"предложени"), "proposal"),
        (_P(r"инициатив"), "initiative"),
        (_P(r"услови"), "conditions"),
        (_P(r"требовани"), "demands"),
        (_P(r"документ"), "document"),
        (_P(r"соглашени|сделк"), "deal"),
        (_P(r"перемири|прекращени\w+\s+огня"), "ceasefire"),
    ),
    summary_qualifiers=(
        (_P(r"\bмирн\w+"), "peace"),
        (_P(r"перемири|прекращени\w+\s+огня"), "ceasefire"),
        (_P(r"экономическ"), "economic"),
    ),
    summary_points=_P(r"(\d+)\s*(?:пункт\w*|-пунктн\w*)"),
    relative_tail=_P(r",\s*(?:(?:на|в|во|с|со|о|об|при|у|для|после|перед|между)\s+)?(?:который|которая|которое|которые|чей|чья|прибывш\w+|находящ\w+|возглавляющ\w+|прилетевш\w+)\b[^,]{0,120},\s*$"
                     # "X после разговора с Y заявил", "X при участии Y подписали": Y is no subject
                     r"|\s+(?:после|перед|во\s+время|в\s+ходе|по\s+итогам)\s+(?:[\w-]+\s+){0,2}?(?:с|со)\s+[^,.;]{0,80}$"
                     r"|\s+(?:при\s+участии|в\s+присутствии|при\s+посредничестве)\s+[^,.;]{0,80}$"),
    definite_before=_P(r"\b(?:этот|эта|это|эти|этого|этой|данн\w+)\s*$"),
    relative_span=_P(r",\s*(?:(?:на|в|во|с|со|о|об|при|у|для|после|перед|между)\s+)?(?:который|которая|которое|которые|чей|чья)\b[^,]{0,120},"),
    relative_cut=_P(r"(?<=\w)\s*,?\s*(?:который|которая|которое|которые)\s*$"),
    relative_open=_P(r",\s*(?:который|которая|которые)\s+(?:[\w-]+\s+){0,3}$"),
    participial_opener=_P(r"[\W_]*(?:после|перед)\s*"),
    coordination_gap=_P(r"\s*(?:,\s*)?(?:,|и|а\s+также)\s*(?:(?:президент\w*|премьер-министр\w*|министр\w*|глав\w+|госсекретар\w*|спецпосланник\w*|помощник\w*|(?-i:[А-ЯЁ][\w'’.-]*))\s*){0,6}"),
    predicate_join=_P(r"\b(?:и|а|но|затем|после\s+чего)\s+(?:[\w-]+\s+)?$|\b(?:но|однако)\b"),
    conjunction=_P(r"\b(?:и|а\s+также)\b"),
    relative_segment=_P(r",\s*(?:(?:на|в|во|с|со|о|об|при|у|для|после|перед|между)\s+)?(?:который|которая|которые|которых|которым|которого|которой)\b[^,]*,\s*$"),
    relative_start=_P(r"\s*,?\s*(?:который|которая|которое|которые|которых|которым|которого|которой)\b\s*"),
    relative_aside=_P(r",\s*(?:(?:на|в|во|с|со|о|об|при|у|для|после|перед|между)\s+)?(?:который|которая|которые|чей|чья)\b[^,.;]*,"),
    complementiser=_P(r"\b(?:что)\b"),
    source_of=_P(r"\s*$"),
    passive=_P(r"\b(?:был|была|было|были)\b"),
    agent_after=_P(r"(?!)"),
    agent_end=_P(r"(?!)"),
    mediator_coordination=_P(r"\s*(?:,|и)\s*"),
    mediation_after=_P(r"(?!)"),
    mediation_before=_P(r"\b(?:при|под)\s+$"),
    mediated_suffix=_P(r"(?!)"),
    agent_coordination=_P(r"(?!)"),
    compound_join=_P(r"\s*[-–/]\s*|\s+(?:и)\s+"),
    front_lead=_P(r"[\W_]*(?:(?:затем|а|и|но|позже|ранее)\s+)*"),
    ahead_modal=_P(r"\b(?:будет|будут|планиру\w+|должн\w*|намерен\w*|ожида\w+)\b(?:\s+\w+){0,3}\s*$"),
    moved_to=_P(r"\b(?:перенесен\w*|перенесли|отложен\w*|отложили)\s+(?:на)\s*$"),
    setting_before=_P(r"\b(?:на\s+полях)\s+(?:[\w-]+\s+){0,4}$"),
    object_ends=_P(r"[,;:]|\b(?:и|но|а)\b"),
    second_predicate=_P(r"\b(?:и|затем)\s+(?:(?:также|затем)\s+)*$|\b(?:чтобы|для)\s+$"),
    duration_lead=_P(r"(?:\bв\s+течение|\bна\s+протяжении|\bоколу|\bоколо|\bпочти|\bдлил\w+|\bпродлил\w+|\bпродлится|\bпровел\w*|\bза)\s+(?:\w+\s+){0,1}$"),
    duration_tail=_P(r"^\s+(?:\w+\s+)?(?:переговоров|встреч|консультаций|обсуждений)"),
    lasted=_P(r"\b(?:длил\w+|продолжал\w+|продлил\w+|продлится|прод(?:олжа)?тся)\s+(?:\w+\s+){0,2}$"),
    topic_gap=_P(r"\b(?:о|об|по|для|прекращени\w*|перемири\w*|план\w*)\b"),
    stay_purpose=_P(r"[^.;:]{0,50}?\b(?:чтобы|для)\s+"),
    started=_P(r"\b(?:начал\w*|стартовал\w*|с)\s+(?:\w+\s+){0,1}$"),
    bounding_verb=_P(r"\b(?:заверш\w+|закончил\w+|начал\w+|стартовал\w*)\s+$"),
    opening_verb=_P(r"(?!)"),
    sub_day=_P(r"час|минут|ноч"),
    measure_adjective=_P(r"\d+-(?:дневн|часов|месячн|летн)\w*|(?:двух|тр[её]х|пяти|тридцати)(?:дневн|часов|месячн)\w*"),
    duration_preposition=_P(r"(?:в\s+течение|на\s+протяжении|около|за)"),
    duration_of=_P(r"\s*(?:[\w-]+\s+)?"),
    duration_of_after=_P(r"\s*(?:длительностью|продолжительностью|в)?\s*"),
    duration_of_inside=_P(r"(?!)"),
    proposal_object=_P(r"(?:[\w-]+\s+){0,2}\b(?:план|проект|предложени|меморандум|инициатив|документ|услови|требовани|перемири|соглашени)\w*(?:\s+[\w'’-]+){0,4}"),
    proposal_object_end=_P(r"\s+(?:представ|предлож|переда|отверг|отклон)"),
    amend_trigger=_P(r"измени|доработ|пересмотр"),
    handover_trigger=_P(r"переда|вручи|направи"),
    mentions=MENTION_WORDS,
    temporal=TEMPORAL_WORDS,
)

assert set(RULES.demonyms.values()) <= set(DEMONYMS.values())

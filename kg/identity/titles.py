"""Titles within one document: a title binds to the name it stands next to, and a title with
no name beside it resolves to the person the document already made that country's leader -
or stays unresolved, never guessed."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.identity.entities import DASHES, MONARCHS, Entity, Resolution, Role, role_group
from kg.tokens import keys_of, reading_of

# what a title may hold in the genitive between itself and its holder's name (Russian)
OWNERS = ("Region", "City", "Organization", "Country")
PLACES = ("Region", "City", "Country")
# the role of a title that names the holder by the person whose peer he is (коллега)
COUNTERPART = "counterpart"


class TitlesOfDocument:
    """The part of :class:`kg.identity.resolve.Resolver` that resolves titles."""

    def _resolve_titles(self, res: Resolution, doc: Doc, titles: list[Span]) -> None:
        by_start = {s.start: s for s in doc.spans.get("mentions", [])}
        by_end = {s.end: s for s in doc.spans.get("mentions", [])}
        pending: list[tuple[Span, Role]] = []
        title_starts = {s.end: s.start for s in titles}
        own_titles: set[str | None] = set()  # the countries of the named holders of "Глава государства"
        for span in titles:
            row = span._.title or {}
            if self._distribute(res, doc, span, row, by_start):
                continue
            country = self._title_country(res, by_end.get(self._possessor_end(doc, span.start, title_starts)))
            if country is None and span._.owner:
                country = span._.owner[0]  # a title that holds its possessor (Президент России)
            # the title of a name stays in the nominative (Президент Тоқаевқа); Президентінің
            # Транскаспий ... ұсыныстары is the president's proposals, not a person
            holder = by_start.get(self.lex.past_honorifics(doc, span.end))
            body = None
            if self.title_agrees and (holder is None or holder._.kind != "Person"):
                past = self._past_complement(doc, span.end, by_start)
                if past is not None:
                    holder, body = past
            if holder is not None and not (span._.case == "Nom" or (self.title_agrees and holder._.case == span._.case)):
                holder = None
            if holder is None and self._is_copula(doc, span.end):
                holder = self._subject(doc, span)  # "Тоқаев ... Президенті атанды"
            known_leader = self._known_leader(res, holder)
            if country is None and row.get("possessed") and row.get("leader") == "1" and known_leader is not None:
                country = known_leader.entry.country  # "Президенті Қасым-Жомарт Тоқаевтың"
            # the head of a body named after the title (президент Европейского совета) heads no state
            leader = row.get("leader") == "1" and (country is not None or not row.get("possessed")) \
                and not (body is not None and body._.kind == "Organization")
            name = row.get("role", "")
            if name in ("head", "chairman") and country is not None:
                leader, name = True, "head-of-state"  # Өзбек басшысы, Ресей басшысы, ҚХР Төрағасы
            role = Role(name, country, leader, row.get("former") == "1", span)
            person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
            if person is not None and role.leader and self._known_elsewhere(person, role):
                person = None  # "Қырғыз басшысы Тоқаевпен": the name after the title is someone else
            if person is not None and role.role == COUNTERPART:
                self._counterpart(person, role)
            if person is not None:
                if role.country is None:
                    role.country = self._home_or_known(person, role)
                    role.home = role.country == self.home and not (person.entry and person.entry.country)
                    if row.get("possessor") == "own" and role.leader:
                        own_titles.add(role.country)
                person.roles.append(role)
                if role.leader:
                    person.cls = "Leader"
                res.refers_to[(span.start, span.end)] = (person.key,)
                if role.leader and self._plural(span):
                    self._share_plural_title(res, doc, holder, role, by_start)
            else:
                pending.append((span, role))
        self._bare_titles_of_foreign_leaders(res)
        for span, role in pending:
            if role.role == COUNTERPART:
                continue  # "пожелал коллеге успехов": whose counterpart, the text does not say
            if not role.leader:
                person = self._holder_in_doc(res, role) or self._named_next(res, doc, span)
                if person is not None:  # "облыс әкімі" after "облыс әкімі Қ.Көшербаев"
                    res.refers_to[(span.start, span.end)] = (person.key,)
                continue
            if role.country is None:
                # the press of another country calls its own leader "Глава государства" (Глава
                # государства Шавкат Мирзиёев): a bare one of that document is his
                own = (span._.title or {}).get("possessor") == "own" and len(own_titles) == 1
                role.country = next(iter(own_titles)) if own and None not in own_titles else self.home
            person = self._leader_in_doc(res, role)
            if person is not None:
                person.roles.append(role)
                res.refers_to[(span.start, span.end)] = (person.key,)

    @staticmethod
    def _past_complement(doc: Doc, end: int, by_start: dict[int, Span]) -> tuple[Span, Span | None] | None:
        """Where the title's complement follows it (Russian): the person named after the place or
        body in the genitive that the title holds (Аким Алматинской области Амандык Баталов,
        Председатель Мажилиса Ерлан Кошанов), or after one word of it in lower case (аким
        области Крымбек Кушербаев), and after the place of the post (посол Франции в Казахстане
        Сильви Перго); with the place or body, if a mention."""
        body = by_start.get(end)
        if body is not None and body._.kind in OWNERS and body._.case == "Gen":
            end = body.end
        elif body is not None:
            return None
        elif end < len(doc) and doc[end].is_lower and doc[end].is_alpha and (r := reading_of(doc[end])) and r.case == "Gen":
            end += 1
        post = by_start.get(end + 1)  # the place of the post (посол Франции в Казахстане Сильви Перго)
        if end < len(doc) and doc[end].is_lower and post is not None and post._.kind in PLACES and post._.case == "Loc":
            end = post.end
        holder = by_start.get(end)
        return (holder, body) if holder is not None and holder._.kind == "Person" else None

    @staticmethod
    def _bare_titles_of_foreign_leaders(res: Resolution) -> None:
        """"Президент Словакии Петер Пеллегрини ... Президент Петер Пеллегрини": a bare title
        is the home country's only for a person the document titles for no other country; else
        it is the same office of the country it names."""
        for entity in res.entities.values():
            named = {r.country for r in entity.roles if r.leader and r.country and not r.home}
            if len(named) != 1:
                continue
            country = next(iter(named))
            for role in entity.roles:
                if role.home and role.leader:
                    role.country, role.home = country, False

    @staticmethod
    def _counterpart(person: Entity, role: Role) -> None:
        """"со своим узбекским коллегой Шавкатом Мирзиёевым": the counterpart of a country is
        its leader when the person named is a leader (known as one, and of no other country);
        else the title says only which country the person serves (a minister's counterpart)."""
        entry = person.entry
        if role.country and person.is_leader and (entry is None or entry.country in ("", role.country)):
            role.leader = True
            role.role = entry.role if entry is not None and entry.role else "leader"

    def _distribute(self, res: Resolution, doc: Doc, title: Span, row: dict, by_start: dict[int, Span]) -> bool:
        """"Президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев": a plural
        title whose countries are listed after it, then as many names: each name holds the
        title of the country in its place.  True when the title was shared out so."""
        if not title._.owner or not (self._plural_word(title[0]) or self._plural_word(title[-1])):
            return False
        countries, end = [title._.owner[0]], title.end
        while end + 1 < len(doc) and doc[end].text.casefold() in self.lex.conjunctions:
            nxt = by_start.get(end + 1)
            if nxt is None or nxt._.kind != "Country" or not nxt._.refs:
                break
            countries.append(nxt._.refs[0])
            end = nxt.end
        people: list[Entity] = []
        while len(countries) >= 2 and len(people) < len(countries):
            end = self.lex.past_honorifics(doc, end + 1 if people or doc[end].text in DASHES else end)
            holder = by_start.get(end)
            person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
            if person is None:
                break
            people.append(person)
            end = holder.end
            if len(people) < len(countries) and (end >= len(doc) or doc[end].text.casefold() not in
                                                 self.lex.conjunctions | {","}):
                break
        if len(countries) < 2 or len(people) != len(countries):
            return False
        leader = row.get("leader") == "1"
        for person, country in zip(people, countries):
            person.roles.append(Role(row.get("role", ""), country, leader, row.get("former") == "1", title))
            if leader:
                person.cls = "Leader"
        return True

    @staticmethod
    def _plural_word(token) -> bool:
        reading = reading_of(token)
        return reading is not None and reading.number == "Plur" and token.text[:1].isalpha()

    @staticmethod
    def _plural(title: Span) -> bool:
        reading = reading_of(title[-1])
        return reading is not None and reading.number == "Plur"

    def _share_plural_title(self, res: Resolution, doc: Doc, holder: Span, role: Role,
                            by_start: dict[int, Span]) -> None:
        """"Екі мемлекет басшылары Тоқаев пен Путин": a plural leader's title names each person
        of the list after it.  The others lead the country the gazetteer knows them by, when
        the document names that country (else the title says nothing of which one)."""
        named = {k.split("/", 1)[1] for k, e in res.entities.items() if e.cls == "Country" and e.mentions}
        end = holder.end
        while end + 1 < len(doc) and (doc[end].text.casefold() in self.lex.conjunctions or doc[end].text == ","):
            nxt = by_start.get(end + 1)
            person = res.entity_of(nxt) if nxt is not None and nxt._.kind == "Person" else None
            if person is None:
                return
            country = person.entry.country if person.entry is not None else None
            if country and country in named and country != role.country:
                person.roles.append(Role(role.role, country, True, role.former, role.span))
                person.cls = "Leader"
            end = nxt.end

    def _possessor_end(self, doc: Doc, start: int, title_starts: dict[int, int]) -> int:
        """Where the possessor of a title ends, past words like екінші, тұңғыш, бұрынғы, and
        past the titles listed before it (Сауд Арабиясының мұрагер ханзадасы, Премьер-министрі)."""
        while start > 0:
            if self.lex.is_modifier(doc[start - 1].text, "modifier"):
                start -= 1
            elif doc[start - 1].text == "," and start - 1 in title_starts:
                start = title_starts[start - 1]
            else:
                return start
        return start

    def _is_copula(self, doc: Doc, end: int) -> bool:
        words = [t.text for t in doc[end : end + 2]]
        return any(v["kind"] == "copula" for n in (2, 1) for v in self.lex.modifiers.values_for(words[:n]))

    @staticmethod
    def _subject(doc: Doc, title: Span) -> Span | None:
        """The first person named in the title's sentence before it, in the nominative."""
        for m in doc.spans.get("mentions", []):
            if m._.kind == "Person" and title.sent.start <= m.start < title.start and m._.case == "Nom":
                return m
        return None

    def _known_leader(self, res: Resolution, holder: Span | None) -> Entity | None:
        person = res.entity_of(holder) if holder is not None and holder._.kind == "Person" else None
        if person is not None and person.entry is not None and person.entry.country:
            return person
        return None

    @staticmethod
    def _known_elsewhere(person: Entity, role: Role) -> bool:
        """The gazetteer knows this person as the leader of another country."""
        entry = person.entry
        return bool(entry and entry.country and role.country and entry.country != role.country)

    def _title_country(self, res: Resolution, before: Span | None) -> str | None:
        if before is None or before._.kind not in ("Country", "CountryAdj"):
            return None
        keys = res.keys_of(before)
        return keys[0].split("/", 1)[1] if len(keys) == 1 else None

    def _home_or_known(self, person: Entity, role: Role) -> str | None:
        if person.entry is not None and person.entry.country:
            return person.entry.country
        return self.home if role.leader and role.role not in MONARCHS else None

    @staticmethod
    def _holder_in_doc(res: Resolution, role: Role) -> Entity | None:
        """The one person the document names with this title (an akim, an ambassador), if
        only one: a title alone then means that person."""
        holders = {e.key for e in res.entities.values() if e.cls in ("Person", "Leader")
                   for r in e.roles if r.role == role.role and r.span is not role.span}
        return res.entities[holders.pop()] if len(holders) == 1 else None

    def _named_next(self, res: Resolution, doc: Doc, title: Span) -> Entity | None:
        """A title that opens a report with no name ("Павлодар облысының әкімі Елшімен
        кездесті.") is the one person the next sentence names as its subject, with no
        title of his own, speaking to the guest ("Болат Бақауов қонаққа ... айтты")."""
        if title._.case != "Nom":
            return None
        sent = title.sent  # found by a scan of the document: once, not once a mention
        if sent.end >= len(doc) or any(m._.kind == "Person" and m._.case == "Nom" for m in doc.spans.get("mentions", [])
                                       if sent.start <= m.start < sent.end):
            return None
        nxt = doc[sent.end].sent
        if not any(v["kind"] == "guest" for t in nxt for k in keys_of(t) for v in self.lex.triggers.values_for([k])):
            return None
        subjects = {e.key: e for m in doc.spans.get("mentions", []) if m._.kind == "Person" and m._.case == "Nom"
                    and nxt.start <= m.start < nxt.end and (e := res.entity_of(m)) is not None}
        if len(subjects) != 1:
            return None
        person = next(iter(subjects.values()))
        return person if not person.roles and person.entry is None else None

    def _leader_in_doc(self, res: Resolution, role: Role) -> Entity | None:
        """The person this document already made leader of ``role.country``."""
        group = role_group(role.role)
        people = [e for e in res.entities.values() if e.cls in ("Person", "Leader")]
        bound = [e for e in people for r in e.roles
                 if r.leader and r.country == role.country and role_group(r.role) == group
                 and r.span is not role.span]
        if len({e.key for e in bound}) == 1:
            return bound[0]
        known = [e for e in people if e.entry is not None and e.entry.country == role.country
                 and role_group(e.entry.role) == group]
        if role.former:
            known = [e for e in known if not e.entry.current] or known
        else:
            known = [e for e in known if e.entry.current] or known
        return known[0] if len(known) == 1 else None

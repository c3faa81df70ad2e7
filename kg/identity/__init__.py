"""Resolution and identity: the entities of a document (:mod:`~kg.identity.resolve`,
with its people in :mod:`~kg.identity.people`, its titles in :mod:`~kg.identity.titles` and
the records they make in :mod:`~kg.identity.entities`),
the spelling keys names are compared by (:mod:`~kg.identity.names`), and the corpus
passes that give one IRI per real person (:mod:`~kg.identity.persons`) and per real
event (:mod:`~kg.identity.events`, read from and written to the parts by
:mod:`~kg.identity.event_parts`)."""

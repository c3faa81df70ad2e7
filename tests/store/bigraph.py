"""A large generated graph in the shape `kg build` writes (for load tests)."""
from __future__ import annotations

from pathlib import Path

B = "https://w3id.org/diplomacy-kg/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def write_big_graph(path: Path, documents: int = 200, facts: int = 40) -> int:
    """N-Triples file with ``documents`` documents of ``facts`` reified facts
    each; returns the number of triples written."""
    lines = []
    for d in range(documents):
        doc = f"<{B}doc/big-{d}>"
        lines.append(f"{doc} <{RDF}type> <{B}ontology#Document> .")
        lines.append(f'{doc} <http://purl.org/dc/terms/identifier> "big-{d}" .')
        for f in range(facts):
            s, o = f"<{B}id/person/p{d}-{f}>", f"<{B}id/person/q{d}-{f}>"
            st = f"<{B}stmt/big{d}x{f}>"
            lines += [
                f"{s} <{RDF}type> <{B}ontology#Person> .",
                f'{s} <http://www.w3.org/2000/01/rdf-schema#label> "Тұлға {d} {f}"@kk .',
                f"{doc} <{B}ontology#mentions> {s} .",
                f"{s} <{B}ontology#met> {o} .",
                f"{st} <{RDF}type> <{RDF}Statement> .",
                f"{st} <{RDF}subject> {s} .",
                f"{st} <{RDF}predicate> <{B}ontology#met> .",
                f"{st} <{RDF}object> {o} .",
                f"{st} <http://www.w3.org/ns/prov#wasDerivedFrom> {doc} .",
                f'{st} <{B}ontology#evidence> "Сөйлем нөмірі {d}-{f}: екі тұлға кездесті."@kk .',
                f'{st} <{B}ontology#extractor> "meetings" .',
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)

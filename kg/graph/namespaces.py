"""The vocabulary's namespaces (shared/VOCABULARY.md, ontology/xunshi.ttl): one copy for the package.

:mod:`kg.graph.rdf` writes terms in them and :mod:`kg.graph.explain`, :mod:`kg.views.view` and
:mod:`kg.evaluation` read terms in them; importing this loads nothing else.
"""
from __future__ import annotations

XS = "https://w3id.org/xunshi/ontology#"
ID = "https://w3id.org/xunshi/id/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

"""The graph: facts become RDF, are stored, queried, exported, checked and served.

:mod:`kg.graph.namespaces` holds the vocabulary's IRIs that every part reads; :mod:`kg.graph.identity`
decides which node each team, organisation and person is; :mod:`kg.graph.rdf` maps each document's facts
into its own named graph; :mod:`kg.graph.cycle` links documents of one inspection cycle;
:mod:`kg.graph.store` is the Oxigraph store that :mod:`kg.graph.query`, :mod:`kg.graph.export`,
:mod:`kg.graph.validate`, :mod:`kg.graph.push`, :mod:`kg.graph.serve` and :mod:`kg.graph.explain` read.
"""

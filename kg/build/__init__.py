"""The build driver's room: batching, executors (one process, a process pool, a Dask cluster), incremental
state, and writing the store and graph files a batch at a time.

``kg.build`` (the function the package exports) stays the public entry, so the attribute ``kg.build`` is that
function: import this package's modules with ``from kg.build import driver`` (``import kg.build.driver as d``
looks the name up on the function and fails). This package is the build: :mod:`kg.build.builder` (the entry
behind ``kg.build`` and ``kg build``), :mod:`kg.build.progress` (what a build says while it runs),
:mod:`kg.build.driver` (the order of the steps), :mod:`kg.build.work` (what a worker does with a batch),
:mod:`kg.build.executors` (where batches run), :mod:`kg.build.state` (what the last build saw),
:mod:`kg.build.serialise` (graph.ttl / graph.trig written as the documents are mapped, and the parts the store
loads).
"""

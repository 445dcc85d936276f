"""Reading documents: the room where text enters.

:mod:`kg.ingest.files` finds files and folders and decodes them (UTF-8, GB18030/GBK, Big5, UTF-16);
:mod:`kg.ingest.pages` turns a saved HTML news page into its article text and the metadata it declares;
:mod:`kg.ingest.names` keeps markup and unsafe characters out of names; :mod:`kg.ingest.document` is the
typed document every extraction stage fills in. Nothing here knows the genre's phrasings.
"""

"""The analysts' workspace: who may write, the transactional store of added articles, labels,
reviews and history, and the atomic publication of table versions.

One module here owns every write to the workspace; the app and the command line call it.
"""

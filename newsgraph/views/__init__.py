"""The explorer: a JSON API and web pages over a newsgraph store (`newsgraph serve`)."""

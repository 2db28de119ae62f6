print("swfollow-corpusgen")

print("swfollow")

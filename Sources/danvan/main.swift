print("danvan")

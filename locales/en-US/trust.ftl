# Messages of the trust work (en-US).

package io.zhibiao.core.review;

/** A review action could not be carried out; nothing of it was written. The message says why. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}

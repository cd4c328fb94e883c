package io.zhibiao.core.team;

/** A team action (assigning, second review, adjudication) was refused; nothing was written. The message says why. */
public class TeamException extends RuntimeException {
    public TeamException(String message) {
        super(message);
    }
}

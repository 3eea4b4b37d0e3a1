package org.pledgetrack.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not the username, and not a common password
 * from the bundled list — also when it only differs by digits, symbols, look-alike characters or
 * letter case ("Password2026!" and "P@ssw0rd-1" are "password").
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Why this password is refused, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your username in the password.");
        }
        if (common.contains(lower) || common.contains(wordInside(lower))) {
            return Optional.of("This password is too common; it appears in lists of leaked passwords.");
        }
        return Optional.empty();
    }

    /** The word a password is dressed around: outer digits and symbols dropped, look-alikes undone ("P0lice-123" is "police"). */
    private static String wordInside(String lower) {
        String core = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
        String undone = core.replace('0', 'o').replace('@', 'a').replace('4', 'a').replace('3', 'e')
                .replace('$', 's').replace('5', 's').replace('1', 'i').replace('7', 't');
        return undone.replaceAll("[^a-z]", "");
    }

    public void check(String password, String username) {
        problemWith(password, username).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    private static Set<String> load(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

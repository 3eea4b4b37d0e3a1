package org.pledgetrack.tools.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.pledgetrack.core.agency.AgencyType;

/**
 * Deterministic synthetic agencies: states weighted roughly by how many agencies they have,
 * plausible ORIs (state code + 7 characters), sizes from a skewed distribution (most agencies
 * are small), signing dates over the last four years and progress that grows with pledge age.
 */
final class AgencyFactory {

    /** State codes with a rough relative number of law-enforcement agencies. */
    private static final String[][] STATES = {
            {"TX", "190"}, {"PA", "110"}, {"IL", "90"}, {"OH", "85"}, {"NY", "55"}, {"CA", "50"}, {"MI", "60"},
            {"GA", "60"}, {"MO", "60"}, {"WI", "55"}, {"NJ", "55"}, {"TN", "40"}, {"IN", "45"}, {"AL", "45"},
            {"KY", "40"}, {"MN", "40"}, {"OK", "40"}, {"IA", "40"}, {"KS", "38"}, {"NC", "45"}, {"VA", "35"},
            {"LA", "35"}, {"AR", "30"}, {"MS", "30"}, {"FL", "40"}, {"SC", "30"}, {"WA", "25"}, {"NE", "25"},
            {"MA", "40"}, {"CO", "25"}, {"WV", "25"}, {"CT", "15"}, {"ME", "15"}, {"NM", "13"}, {"OR", "17"},
            {"AZ", "13"}, {"SD", "17"}, {"ND", "12"}, {"ID", "12"}, {"MT", "12"}, {"NH", "23"}, {"MD", "16"},
            {"UT", "13"}, {"NV", "7"}, {"VT", "8"}, {"WY", "8"}, {"RI", "5"}, {"DE", "5"}, {"AK", "5"}, {"HI", "1"},
            {"DC", "1"}};
    private static final String[] PLACE_STARTS = {"Spring", "Oak", "Maple", "Cedar", "River", "Lake", "Fair", "Green",
            "Hill", "Clear", "Pine", "Elm", "Ash", "Bright", "Stone", "Mill", "Brook", "Glen", "North", "West"};
    private static final String[] PLACE_ENDS = {"field", "ton", "ville", "wood", "dale", "port", "burg", "ford",
            "view", "haven", "mont", "ridge", "water", "land", "side", "crest"};
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private final Random random;
    private final LocalDate today;
    private final Set<String> oris = new HashSet<>();
    private final int totalWeight;

    AgencyFactory(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        int sum = 0;
        for (String[] state : STATES) {
            sum += Integer.parseInt(state[1]);
        }
        this.totalWeight = sum;
    }

    List<SyntheticAgency> agencies(int count) {
        List<SyntheticAgency> agencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            agencies.add(next());
        }
        return agencies;
    }

    private SyntheticAgency next() {
        String state = pickState();
        AgencyType type = pickType();
        String city = PLACE_STARTS[random.nextInt(PLACE_STARTS.length)] + PLACE_ENDS[random.nextInt(PLACE_ENDS.length)];
        String name = switch (type) {
            case MUNICIPAL -> city + " Police Department";
            case COUNTY_SHERIFF -> city + " County Sheriff's Office";
            case STATE_POLICE -> state + " State Patrol, " + city + " Post";
            case UNIVERSITY -> city + " University Police";
            case TRIBAL -> city + " Tribal Police";
            case OTHER -> city + " Port Authority Police";
        };
        // Most agencies are small: a log-normal-like spread from 3 to a few thousand officers.
        int sworn = (int) Math.max(3, Math.round(Math.exp(2.6 + random.nextGaussian() * 1.2)));
        int population = sworn * (400 + random.nextInt(1_600));
        LocalDate signedOn = today.minusDays(30 + random.nextInt(4 * 365));
        double pledgeAge = (double) java.time.temporal.ChronoUnit.DAYS.between(signedOn, today) / (3 * 365);
        double progress = Math.clamp(pledgeAge * (0.4 + random.nextDouble() * 0.9), 0, 1);
        boolean withdrawn = random.nextInt(50) == 0;
        return new SyntheticAgency(uniqueOri(state), name + " #" + (oris.size()), state, city, type, sworn,
                population, signedOn, withdrawn, progress);
    }

    private String pickState() {
        int ticket = random.nextInt(totalWeight);
        for (String[] state : STATES) {
            ticket -= Integer.parseInt(state[1]);
            if (ticket < 0) {
                return state[0];
            }
        }
        return STATES[0][0];
    }

    private AgencyType pickType() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return AgencyType.MUNICIPAL;
        } else if (roll < 88) {
            return AgencyType.COUNTY_SHERIFF;
        } else if (roll < 93) {
            return AgencyType.UNIVERSITY;
        } else if (roll < 95) {
            return AgencyType.TRIBAL;
        } else if (roll < 97) {
            return AgencyType.STATE_POLICE;
        }
        return AgencyType.OTHER;
    }

    private String uniqueOri(String state) {
        while (true) {
            StringBuilder ori = new StringBuilder(state);
            for (int i = 0; i < 7; i++) {
                ori.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
            if (oris.add(ori.toString())) {
                return ori.toString();
            }
        }
    }
}

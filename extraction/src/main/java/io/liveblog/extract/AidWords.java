package io.liveblog.extract;

import java.util.Map;
import java.util.Set;

/**
 * The words aid figures are read with: the vehicles, flights and shelter items counted, the measures and containers
 * supplies come in, what aid consists of, the cues that make trucks or flights aid (or not), and the verbs that say
 * people received aid ("reached 800,000 people with food").
 *
 * <p>Separate from {@link Lexicon}, which keeps the people, casualty and number-context words and the helpers that
 * build word sets, so that the aid vocabulary can be checked and extended on its own.
 */
final class AidWords {

    private AidWords() {
    }

    /** Vehicle heads counted as trucks. */
    static final Set<String> TRUCK_HEADS = Lexicon.words(
            "trucks", "truck", "lorries", "lorry", "truckloads", "truckload", "tankers", "tanker");

    /** Flight heads counted as relief flights when they carry aid. */
    static final Set<String> FLIGHT_HEADS = Lexicon.words(
            "flights", "flight", "planes", "plane", "airplanes", "airlifts", "airlift", "airdrops", "airdrop",
            "sorties", "cargo");

    /** Shelter items, each its own unit. */
    static final Set<String> SHELTER_HEADS = Lexicon.words(
            "tents", "tent", "blankets", "blanket", "tarpaulins", "tarpaulin", "tarps", "mattresses", "mattress",
            "sleeping", "shelters-kits");

    /** Measures and the unit name carried on the claim. */
    static final Map<String, String> MEASURES = Lexicon.hashed(Map.ofEntries(
            Map.entry("litres", "litres"), Map.entry("liters", "litres"), Map.entry("litre", "litres"),
            Map.entry("liter", "litres"), Map.entry("gallons", "gallons"), Map.entry("gallon", "gallons"),
            Map.entry("tonnes", "tonnes"), Map.entry("tonne", "tonnes"), Map.entry("tons", "tonnes"),
            Map.entry("ton", "tonnes"), Map.entry("kilograms", "kg"), Map.entry("kilogram", "kg"),
            Map.entry("kg", "kg"), Map.entry("kilos", "kg"), Map.entry("pounds", "lb"), Map.entry("lbs", "lb"),
            Map.entry("cubic", "m3"), Map.entry("barrels", "barrels")));

    /** Containers and countable aid items, with the unit name carried on the claim. */
    static final Map<String, String> CONTAINERS = Lexicon.hashed(Map.ofEntries(
            Map.entry("parcels", "parcels"), Map.entry("parcel", "parcels"), Map.entry("packages", "packages"),
            Map.entry("package", "packages"), Map.entry("boxes", "boxes"), Map.entry("box", "boxes"),
            Map.entry("bags", "bags"), Map.entry("sacks", "sacks"), Map.entry("cartons", "cartons"),
            Map.entry("bottles", "bottles"), Map.entry("kits", "kits"), Map.entry("kit", "kits"),
            Map.entry("baskets", "baskets"), Map.entry("rations", "rations"), Map.entry("meals", "meals"),
            Map.entry("loaves", "loaves"), Map.entry("doses", "doses"), Map.entry("pallets", "pallets"),
            Map.entry("packs", "packs"), Map.entry("vials", "vials"), Map.entry("jerrycans", "jerrycans"),
            Map.entry("canisters", "canisters"), Map.entry("cylinders", "cylinders"),
            Map.entry("vouchers", "vouchers")));

    /** What aid consists of, and the metric it is counted under. */
    static final Map<String, Metric> SUBSTANCES = Lexicon.hashed(Map.ofEntries(
            Map.entry("fuel", Metric.FUEL), Map.entry("diesel", Metric.FUEL), Map.entry("petrol", Metric.FUEL),
            Map.entry("gasoline", Metric.FUEL), Map.entry("kerosene", Metric.FUEL), Map.entry("benzine", Metric.FUEL),
            Map.entry("gas", Metric.FUEL),
            Map.entry("food", Metric.FOOD), Map.entry("flour", Metric.FOOD), Map.entry("wheat", Metric.FOOD),
            Map.entry("rice", Metric.FOOD), Map.entry("sugar", Metric.FOOD), Map.entry("bread", Metric.FOOD),
            Map.entry("meals", Metric.FOOD), Map.entry("lentils", Metric.FOOD), Map.entry("grain", Metric.FOOD),
            Map.entry("biscuits", Metric.FOOD), Map.entry("milk", Metric.FOOD), Map.entry("formula", Metric.FOOD),
            Map.entry("foodstuffs", Metric.FOOD), Map.entry("nutrition", Metric.FOOD),
            Map.entry("canned", Metric.FOOD), Map.entry("rations", Metric.FOOD),
            // staples WFP and NGO updates list by name ("500 tonnes of sorghum, pulses and oil")
            Map.entry("sorghum", Metric.FOOD), Map.entry("pulses", Metric.FOOD), Map.entry("beans", Metric.FOOD),
            Map.entry("chickpeas", Metric.FOOD), Map.entry("maize", Metric.FOOD), Map.entry("millet", Metric.FOOD),
            Map.entry("barley", Metric.FOOD), Map.entry("cereals", Metric.FOOD), Map.entry("bulgur", Metric.FOOD),
            Map.entry("semolina", Metric.FOOD), Map.entry("pasta", Metric.FOOD),
            Map.entry("water", Metric.WATER),
            Map.entry("medicine", Metric.MEDICAL_SUPPLIES), Map.entry("medicines", Metric.MEDICAL_SUPPLIES),
            Map.entry("medical", Metric.MEDICAL_SUPPLIES), Map.entry("medications", Metric.MEDICAL_SUPPLIES),
            Map.entry("medication", Metric.MEDICAL_SUPPLIES), Map.entry("drugs", Metric.MEDICAL_SUPPLIES),
            Map.entry("vaccines", Metric.MEDICAL_SUPPLIES), Map.entry("vaccine", Metric.MEDICAL_SUPPLIES),
            Map.entry("surgical", Metric.MEDICAL_SUPPLIES), Map.entry("insulin", Metric.MEDICAL_SUPPLIES),
            Map.entry("antibiotics", Metric.MEDICAL_SUPPLIES), Map.entry("trauma", Metric.MEDICAL_SUPPLIES),
            Map.entry("pharmaceuticals", Metric.MEDICAL_SUPPLIES), Map.entry("anesthetics", Metric.MEDICAL_SUPPLIES),
            Map.entry("anaesthetics", Metric.MEDICAL_SUPPLIES), Map.entry("bandages", Metric.MEDICAL_SUPPLIES),
            Map.entry("syringes", Metric.MEDICAL_SUPPLIES), Map.entry("painkillers", Metric.MEDICAL_SUPPLIES),
            Map.entry("aid", Metric.RELIEF_SUPPLIES), Map.entry("relief", Metric.RELIEF_SUPPLIES),
            Map.entry("supplies", Metric.RELIEF_SUPPLIES), Map.entry("humanitarian", Metric.RELIEF_SUPPLIES),
            Map.entry("hygiene", Metric.RELIEF_SUPPLIES), Map.entry("assistance", Metric.RELIEF_SUPPLIES),
            Map.entry("items", Metric.RELIEF_SUPPLIES),
            Map.entry("tents", Metric.SHELTER_ITEMS), Map.entry("blankets", Metric.SHELTER_ITEMS),
            Map.entry("shelter", Metric.SHELTER_ITEMS), Map.entry("tarpaulins", Metric.SHELTER_ITEMS),
            Map.entry("mattresses", Metric.SHELTER_ITEMS)));

    /** Words that make trucks or flights aid ("aid trucks", "trucks carrying medicine"). */
    static final Set<String> AID_CUES = Lexicon.words(
            "aid", "humanitarian", "relief", "supplies", "medicine", "medicines", "medical", "food", "water", "flour",
            "assistance", "goods", "items", "tents", "blankets", "unrwa", "un", "wfp", "unicef", "aid-laden",
            "deliveries", "delivered", "delivering", "crossing", "crossed", "entered", "enter", "entering", "allowed",
            "cross", "crosses", "arrive", "arrives", "arrived", "arriving",
            "convoy", "convoys", "unloaded", "inspected", "ocha", "cogat", "crescent", "icrc");

    /** Words that make a truck a fuel truck. */
    static final Set<String> FUEL_CUES = Lexicon.words(
            "fuel", "diesel", "petrol", "gasoline", "gas", "kerosene", "benzine", "tanker", "tankers");

    /** Modifiers that make trucks or flights something other than aid. */
    static final Set<String> NOT_AID_MODIFIERS = Lexicon.words(
            "commercial", "military", "private", "army", "garbage", "fire", "police", "israeli-army", "armored",
            "armoured", "empty", "passenger", "cargo-less", "fighter", "combat", "surveillance");

    /** Verbs whose person object received aid ("reached 800,000 people with food"). */
    static final Set<String> ASSIST_VERBS_BEFORE = Lexicon.words(
            "reached", "reaching", "reaches", "assisted", "assisting", "helped", "helping", "served", "serving",
            "fed", "feeding", "supported", "supporting", "supplied", "supplying", "benefiting", "benefitting",
            "reach", "assist", "help", "serve", "feed", "support");

    /** Predicates meaning people received aid ("1,000 families received food parcels"). */
    static final Set<String> ASSIST_PREDICATES = Lexicon.words(
            "received", "receiving", "receive", "benefited", "benefitted", "benefiting", "reached", "assisted",
            "helped", "served", "fed", "got", "supported");
}

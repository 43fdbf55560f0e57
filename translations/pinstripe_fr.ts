<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CellEditPlanner</name>
    <message>
        <source>This account has no ad group with id %1.</source>
        <translation>Ce compte ne contient aucun groupe d&apos;annonces avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>%1 cannot be changed here.</source>
        <translation>%1&#xa0;: modification impossible ici.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Type de budget</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Stratégie d&apos;enchères</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Multiplicateur d&apos;enchère</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Limitation de la fréquence à vie</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme de diffusion</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Ciblage automatique</translation>
    </message>
    <message>
        <source>Tracking URLs</source>
        <translation>URL de suivi</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Objectif d&apos;optimisation</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Targeting template</source>
        <translation>Modèle de ciblage</translation>
    </message>
    <message>
        <source>Creative optimization</source>
        <translation>Optimisation des créations</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>enchère %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Envoyée, non confirmée</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
</context>
<context>
    <name>EditingSheet</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EnumWords</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Deleted draft</source>
        <translation>Brouillon supprimé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours de diffusion</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Disabled by advertiser</source>
        <translation>Désactivé par l&apos;annonceur</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>À vie</translation>
    </message>
    <message>
        <source>Campaign budget</source>
        <translation>Budget de campagne</translation>
    </message>
    <message>
        <source>Automatic bid</source>
        <translation>Enchère automatique</translation>
    </message>
    <message>
        <source>Maximum bid</source>
        <translation>Enchère maximale</translation>
    </message>
    <message>
        <source>Target average cost</source>
        <translation>Coût moyen cible</translation>
    </message>
    <message>
        <source>Click (CPC)</source>
        <translation>Clic (CPC)</translation>
    </message>
    <message>
        <source>Impression (CPM)</source>
        <translation>Impression (CPM)</translation>
    </message>
    <message>
        <source>Video view (CPV)</source>
        <translation>Vue de vidéo (CPV)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Accelerated</source>
        <translation>Accéléré</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Browse (home feed)</source>
        <translation>Navigation (fil d&apos;accueil)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>Notoriété de la marque</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Catalog sales</source>
        <translation>Ventes catalogue</translation>
    </message>
    <message>
        <source>Video completion</source>
        <translation>Vues complètes de vidéos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrousel</translation>
    </message>
    <message>
        <source>Max. width video</source>
        <translation>Vidéo pleine largeur</translation>
    </message>
    <message>
        <source>Shop the Pin</source>
        <translation>Shop the Pin</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Épingle Idée</translation>
    </message>
    <message>
        <source>Showcase</source>
        <translation>Showcase</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Collage</source>
        <translation>Collage</translation>
    </message>
    <message>
        <source>Max. width collection</source>
        <translation>Collection pleine largeur</translation>
    </message>
    <message>
        <source>Max. width video collection</source>
        <translation>Collection vidéo pleine largeur</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visite de page</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
    <message>
        <source>View category</source>
        <translation>Consultation de catégorie</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajout au panier</translation>
    </message>
    <message>
        <source>Watch video</source>
        <translation>Visionnage de vidéo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>App install</source>
        <translation>Installation d&apos;application</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>20 minutes</source>
        <translation>20 minutes</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Choose your own</source>
        <translation>Choix personnalisé</translation>
    </message>
    <message>
        <source>Find new customers</source>
        <translation>Trouver de nouveaux clients</translation>
    </message>
    <message>
        <source>Reconnect with users</source>
        <translation>Renouer avec les utilisateurs</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Targeted interest</source>
        <translation>Centre d&apos;intérêt ciblé</translation>
    </message>
    <message>
        <source>Pinner interest</source>
        <translation>Centre d&apos;intérêt de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Zone géographique</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Âge et genre</translation>
    </message>
    <message>
        <source>Creative enhancements</source>
        <translation>Améliorations des créations</translation>
    </message>
    <message>
        <source>Gender not known</source>
        <translation>Genre inconnu</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Android phones</source>
        <translation>Téléphones Android</translation>
    </message>
    <message>
        <source>Android tablets</source>
        <translation>Tablettes Android</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Web (desktop)</source>
        <translation>Web (ordinateur)</translation>
    </message>
    <message>
        <source>Mobile web</source>
        <translation>Web mobile</translation>
    </message>
    <message>
        <source>Broad</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Negative exact</source>
        <translation>Exacte négative</translation>
    </message>
    <message>
        <source>Negative phrase</source>
        <translation>Expression négative</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Reach and frequency</source>
        <translation>Couverture et fréquence</translation>
    </message>
    <message>
        <source>Scroll-ups</source>
        <translation>Défilements vers le haut</translation>
    </message>
</context>
<context>
    <name>PasteBlock</name>
    <message>
        <source>%1 cannot be edited in the table; those pasted values were left out.</source>
        <translation>%1&#xa0;: non modifiable dans le tableau&#xa0;; ces valeurs collées ont été ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s) went past the last ad group shown and were left out.</source>
        <translation>
            <numerusform>%n ligne collée dépassait le dernier groupe d&apos;annonces affiché et a été ignorée.</numerusform>
            <numerusform>%n lignes collées dépassaient le dernier groupe d&apos;annonces affiché et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted columns past the last column shown were left out.</source>
        <translation>Les colonnes collées au-delà de la dernière colonne affichée ont été ignorées.</translation>
    </message>
</context>
<context>
    <name>PendingCreateEditor</name>
    <message>
        <source>Fix new ad group &quot;%1&quot;</source>
        <translation>Corriger le nouveau groupe d&apos;annonces «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pinterest refused this new ad group: %1
Fix it here; OK keeps it as the same pending change, to post again.</source>
        <translation>Pinterest a refusé ce nouveau groupe d&apos;annonces&#xa0;: %1
Corrigez-le ici&#xa0;; OK le conserve dans la même modification en attente, à publier de nouveau.</translation>
    </message>
    <message>
        <source>This new ad group is waiting to be posted; OK keeps your edits in the same pending change.</source>
        <translation>Ce nouveau groupe d&apos;annonces attend d&apos;être publié&#xa0;; OK enregistre vos changements dans la même modification en attente.</translation>
    </message>
</context>
<context>
    <name>SheetFields</name>
    <message>
        <source>Ad group ID</source>
        <translation>ID du groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation>ID du compte publicitaire</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>ID de la campagne</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Type de budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Stratégie d&apos;enchères</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme de diffusion</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Ciblage automatique</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Limitation de la fréquence à vie</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SheetImportPlan</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Column %1 has no header; it is ignored.</source>
        <translation>La colonne %1 n&apos;a pas d&apos;en-tête&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not an ad group field; it is ignored.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas un champ de groupe d&apos;annonces&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is the second %2 column; it is ignored.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est la deuxième colonne «&#xa0;%2&#xa0;»&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>%1 is in %2, but the ad account&apos;s money is in %3; amounts are not converted.</source>
        <translation>%1 est exprimé en %2, mais la devise du compte publicitaire est %3&#xa0;; les montants ne sont pas convertis.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone, so the times of this column cannot be read.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; les heures de cette colonne ne peuvent donc pas être lues.</translation>
    </message>
    <message>
        <source>The row is of ad account %1, not of the open ad account %2.</source>
        <translation>La ligne appartient au compte publicitaire %1, et non au compte publicitaire ouvert %2.</translation>
    </message>
    <message>
        <source>Ad group %1 is in line %2 already; an ad group may be in the sheet once.</source>
        <translation>Le groupe d&apos;annonces %1 figure déjà à la ligne %2&#xa0;; un groupe d&apos;annonces ne peut figurer qu&apos;une fois dans la feuille.</translation>
    </message>
    <message>
        <source>The open ad account has no ad group with id %1; is the row of another ad account?</source>
        <translation>Le compte publicitaire ouvert ne contient aucun groupe d&apos;annonces avec l&apos;ID %1&#xa0;; la ligne proviendrait-elle d&apos;un autre compte publicitaire&#xa0;?</translation>
    </message>
    <message>
        <source>The ad group is in campaign %1, not %2; an ad group cannot move to another campaign.</source>
        <translation>Le groupe d&apos;annonces appartient à la campagne %1, et non %2&#xa0;; un groupe d&apos;annonces ne peut pas changer de campagne.</translation>
    </message>
    <message>
        <source>The open ad account has no campaign with id %1.</source>
        <translation>Le compte publicitaire ouvert ne contient aucune campagne avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The open ad account has no campaign named &quot;%1&quot;.</source>
        <translation>Le compte publicitaire ouvert ne contient aucune campagne nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) are named &quot;%1&quot;; give the Campaign ID instead.</source>
        <translation>
            <numerusform>%n campagne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; indiquez plutôt l&apos;ID de la campagne.</numerusform>
            <numerusform>%n campagnes s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;; indiquez plutôt l&apos;ID de la campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new ad group (a row without ad group ID) needs its campaign: a Campaign ID or a campaign name.</source>
        <translation>Un nouveau groupe d&apos;annonces (ligne sans ID de groupe d&apos;annonces) doit avoir sa campagne&#xa0;: un ID de campagne ou un nom de campagne.</translation>
    </message>
    <message>
        <source>A new ad group needs a name.</source>
        <translation>Un nouveau groupe d&apos;annonces doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>Ligne %1&#xa0;: texte après le guillemet fermant d&apos;un champ.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file holds no table: not even a header row.</source>
        <translation>Le fichier ne contient aucun tableau, pas même une ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>SheetValueCodec</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: ids are digits only (a spreadsheet may have turned it into a number; format the column as text).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID&#xa0;: les ID ne contiennent que des chiffres (un tableur l&apos;a peut-être converti en nombre&#xa0;; mettez la colonne au format texte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 has.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de décimales que la devise %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; write it like %2 or %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;; écrivez-la comme %2 ou %3.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks change then).</source>
        <translation>%1 n&apos;existe pas dans le fuseau %2 (changement d&apos;heure à ce moment-là).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed for %2; choose one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas autorisé pour la colonne %2&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither %2 nor %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni %2 ni %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier positif ou nul.</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>CSV for spreadsheets, as shown</source>
        <translation>CSV pour tableurs, tel qu&apos;affiché</translation>
    </message>
    <message>
        <source>CSV for tools, with codes and every column</source>
        <translation>CSV pour outils, avec les codes et toutes les colonnes</translation>
    </message>
</context>
<context>
    <name>TargetingDescriber</name>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2 ans</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>%1 ans et plus</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1 ans</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>people of unspecified gender</source>
        <translation>personnes de genre non précisé</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Android phones</source>
        <translation>Téléphones Android</translation>
    </message>
    <message>
        <source>Android tablets</source>
        <translation>Tablettes Android</translation>
    </message>
    <message>
        <source>desktop web</source>
        <translation>web sur ordinateur</translation>
    </message>
    <message>
        <source>mobile web</source>
        <translation>web mobile</translation>
    </message>
    <message>
        <source>Ages %1.</source>
        <translation>Âges&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Age groups: %1.</source>
        <translation>Tranches d&apos;âge&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Locations: %1.</source>
        <translation>Lieux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Regions: %1.</source>
        <translation>Régions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation>Langues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Interests: %1.</source>
        <translation>Centres d&apos;intérêt&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Includes audiences %1.</source>
        <translation>Audiences incluses&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Excludes audiences %1.</source>
        <translation>Audiences exclues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Devices: %1.</source>
        <translation>Appareils&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Strategy: %1.</source>
        <translation>Stratégie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Shopping retargeting: people who engaged in the last day</source>
        <translation>Reciblage shopping&#xa0;: personnes ayant interagi au cours de la dernière journée</translation>
    </message>
    <message>
        <source>, except the last day</source>
        <translation>, sauf la dernière journée</translation>
    </message>
    <message>
        <source>Other targeting: %1.</source>
        <translation>Autre ciblage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Everyone: no targeting restrictions.</source>
        <translation>Tout le monde&#xa0;: aucune restriction de ciblage.</translation>
    </message>
    <message>
        <source>%1 (tag types %2)</source>
        <translation>%1 (types de balises %2)</translation>
    </message>
    <message numerus="yes">
        <source>Shopping retargeting: people who engaged in the last %n day(s)</source>
        <translation>
            <numerusform>Reciblage shopping&#xa0;: personnes ayant interagi le dernier jour</numerusform>
            <numerusform>Reciblage shopping&#xa0;: personnes ayant interagi au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, except the last %n day(s)</source>
        <translation>
            <numerusform>, sauf le dernier jour</numerusform>
            <numerusform>, sauf les %n derniers jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>The workbook could not be created.</source>
        <translation>Le classeur n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Ad groups</source>
        <translation>Groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Le classeur n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n&apos;a pas pu être remplacé.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AccountMenuController</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;witch User</source>
        <translation>Changer d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No saved sign-ins</source>
        <translation>Aucune connexion enregistrée</translation>
    </message>
    <message>
        <source>Sign &amp;Out %1</source>
        <translation>Se &amp;déconnecter (%1)</translation>
    </message>
</context>
<context>
    <name>pinstripe::AccountSwitcher</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>Ad account</source>
        <translation>Compte publicitaire</translation>
    </message>
    <message>
        <source>Type a name or id</source>
        <translation>Saisissez un nom ou un ID</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>propriétaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupAnalyticsRequest</name>
    <message>
        <source>Loading ad group analytics</source>
        <translation>Chargement des statistiques des groupes d&apos;annonces</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupBrowser</name>
    <message numerus="yes">
        <source>%n ad group(s) loaded.</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces chargé.</numerusform>
            <numerusform>%n groupes d&apos;annonces chargés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled; %n ad group(s) shown.</source>
        <translation>
            <numerusform>Chargement annulé&#xa0;; %n groupe d&apos;annonces affiché.</numerusform>
            <numerusform>Chargement annulé&#xa0;; %n groupes d&apos;annonces affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Export Selected Ad Groups</source>
        <translation>Exporter les groupes d&apos;annonces sélectionnés</translation>
    </message>
    <message>
        <source>Export Ad Groups</source>
        <translation>Exporter les groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>ad-groups-%1</source>
        <translation>groupes-d-annonces-%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupDetailsPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ad group details</source>
        <translation>Détails du groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Select an ad group to see its details.</source>
        <translation>Sélectionnez un groupe d&apos;annonces pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Loading ad group %1…</source>
        <translation>Chargement du groupe d&apos;annonces %1…</translation>
    </message>
    <message>
        <source>Could not load ad group %1.</source>
        <translation>Impossible de charger le groupe d&apos;annonces %1.</translation>
    </message>
    <message>
        <source>Pinterest asked to wait before more requests. The ad group loads by itself when the wait is over; Retry tries at once.</source>
        <translation>Pinterest demande d&apos;attendre avant d&apos;envoyer d&apos;autres requêtes. Le groupe d&apos;annonces se chargera automatiquement à la fin de l&apos;attente&#xa0;; «&#xa0;Réessayer&#xa0;» relance immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — trying ad group %1 again in %n s</source>
        <translation>
            <numerusform>Limite de requêtes de Pinterest atteinte — nouvel essai pour le groupe d&apos;annonces %1 dans %n&#xa0;s</numerusform>
            <numerusform>Limite de requêtes de Pinterest atteinte — nouvel essai pour le groupe d&apos;annonces %1 dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Statut récapitulatif</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Budget and bidding</source>
        <translation>Budget et enchères</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Type de budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Stratégie d&apos;enchères</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Multiplicateur d&apos;enchère</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme de diffusion</translation>
    </message>
    <message>
        <source>Conversion learning mode</source>
        <translation>Mode d&apos;apprentissage des conversions</translation>
    </message>
    <message>
        <source>Schedule and delivery</source>
        <translation>Calendrier et diffusion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Ciblage automatique</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Limitation de la fréquence à vie</translation>
    </message>
    <message>
        <source>Creative optimization</source>
        <translation>Optimisation des créations</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Promotion applies to</source>
        <translation>La promotion s&apos;applique à</translation>
    </message>
    <message>
        <source>Targeting template</source>
        <translation>Modèle de ciblage</translation>
    </message>
    <message>
        <source>Catalog feed profile</source>
        <translation>Profil de flux du catalogue</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Objectif d&apos;optimisation</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Événement de conversion</translation>
    </message>
    <message>
        <source>Reporting event</source>
        <translation>Événement de reporting</translation>
    </message>
    <message>
        <source>Conversion tag</source>
        <translation>Balise de conversion</translation>
    </message>
    <message>
        <source>Target cost per action</source>
        <translation>Coût par action cible</translation>
    </message>
    <message>
        <source>Optimizes for return on ad spend</source>
        <translation>Optimise le retour sur les dépenses publicitaires</translation>
    </message>
    <message>
        <source>Learning mode</source>
        <translation>Mode d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Fenêtres d&apos;attribution</translation>
    </message>
    <message>
        <source>Frequency goal</source>
        <translation>Objectif de fréquence</translation>
    </message>
    <message>
        <source>%1 impressions per person per %2</source>
        <translation>%1 impressions par personne sur %2</translation>
    </message>
    <message>
        <source>Scroll-up goal</source>
        <translation>Objectif de défilements vers le haut</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Tracking URLs</source>
        <translation>URL de suivi</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Buyable button</source>
        <translation>Bouton d&apos;achat</translation>
    </message>
    <message>
        <source>Audience verification</source>
        <translation>Vérification de l&apos;audience</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>click %1, engagement %2, view %3</source>
        <translation>clic %1, engagement %2, vue %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupEditorDialog</name>
    <message>
        <source>New ad group</source>
        <translation>Nouveau groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>New ad group &quot;%1&quot;</source>
        <translation>Nouveau groupe d&apos;annonces «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate ad group</source>
        <translation>Dupliquer le groupe d&apos;annonces</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n ad groups</source>
        <translation>
            <numerusform>Dupliquer %n groupe d&apos;annonces</numerusform>
            <numerusform>Dupliquer %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ad group &quot;%1&quot;</source>
        <translation>Modifier le groupe d&apos;annonces «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>Modifier %n groupe d&apos;annonces</numerusform>
            <numerusform>Modifier %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix first, e.g.: %1</source>
        <translation>
            <numerusform>%n problème à corriger d&apos;abord&#xa0;: %1</numerusform>
            <numerusform>%n problèmes à corriger d&apos;abord, par exemple&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OK adds the new ad group to the pending changes; nothing is sent until you post.</source>
        <translation>OK ajoute le nouveau groupe d&apos;annonces aux modifications en attente&#xa0;; rien n&apos;est envoyé tant que vous n&apos;avez pas publié.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s) will be added to the pending changes.</source>
        <translation>
            <numerusform>%n modification de champ sera ajoutée aux modifications en attente.</numerusform>
            <numerusform>%n modifications de champs seront ajoutées aux modifications en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupFilterBar</name>
    <message>
        <source>Filter by name or id (Ctrl+F)</source>
        <translation>Filtrer par nom ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter ad groups by name or id</source>
        <translation>Filtrer les groupes d&apos;annonces par nom ou ID</translation>
    </message>
    <message>
        <source>Show %1 ad groups</source>
        <translation>Afficher les groupes d&apos;annonces à l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pinterest lists these only when asked; turning this on fetches them.</source>
        <translation>Pinterest ne les liste que sur demande&#xa0;; activer cette option les récupère.</translation>
    </message>
    <message>
        <source>&amp;Quick filters</source>
        <translation>Filtr&amp;es rapides</translation>
    </message>
    <message>
        <source>Saved quick filters</source>
        <translation>Filtres rapides enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad group(s)</source>
        <translation>
            <numerusform>%Ln groupe d&apos;annonces</numerusform>
            <numerusform>%Ln groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ad group(s)</source>
        <translation>
            <numerusform>%1 sur %Ln groupe d&apos;annonces</numerusform>
            <numerusform>%1 sur %Ln groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Quick Filter</source>
        <translation>Enregistrer le filtre rapide</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation>&amp;Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>E&amp;ffacer le filtre</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupForm</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Budget and bid</source>
        <translation>&amp;Budget et enchère</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Diffusion</translation>
    </message>
    <message>
        <source>&amp;Optimization goal</source>
        <translation>&amp;Objectif d&apos;optimisation</translation>
    </message>
    <message>
        <source>Trac&amp;king URLs</source>
        <translation>&amp;URL de suivi</translation>
    </message>
    <message>
        <source>&amp;Targeting</source>
        <translation>&amp;Ciblage</translation>
    </message>
    <message>
        <source>Create ad group &quot;%1&quot;</source>
        <translation>Créer le groupe d&apos;annonces «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Create %n ad groups</source>
        <translation>
            <numerusform>Créer %n groupe d&apos;annonces</numerusform>
            <numerusform>Créer %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ad group &quot;%1&quot;</source>
        <translation>Modifier le groupe d&apos;annonces «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n ad groups</source>
        <translation>
            <numerusform>Modifier %n groupe d&apos;annonces</numerusform>
            <numerusform>Modifier %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ad group(s): %2</source>
        <translation>
            <numerusform>%1 sur %n groupe d&apos;annonces&#xa0;: %2</numerusform>
            <numerusform>%1 sur %n groupes d&apos;annonces&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Le nom compte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Choose a campaign.</source>
        <translation>Choisissez une campagne.</translation>
    </message>
    <message>
        <source>Choose a billable event.</source>
        <translation>Choisissez un événement facturable.</translation>
    </message>
    <message>
        <source>%1 is read-only and cannot be sent when creating.</source>
        <translation>%1 est en lecture seule et ne peut pas être envoyé lors de la création.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Pinterest id (up to 18 digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID Pinterest valide (18 chiffres au maximum).</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their budget type.</source>
        <translation>Seuls les groupes d&apos;annonces en brouillon (DRAFT) peuvent modifier leur type de budget.</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their billable event.</source>
        <translation>Seuls les groupes d&apos;annonces en brouillon (DRAFT) peuvent modifier leur événement facturable.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation>Le budget doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter a budget: the campaign does not optimize budgets (CBO).</source>
        <translation>Saisissez un budget&#xa0;: la campagne n&apos;optimise pas les budgets (CBO).</translation>
    </message>
    <message>
        <source>The bid cannot be negative.</source>
        <translation>L&apos;enchère ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Enter a bid: only the automatic bid strategy works without one.</source>
        <translation>Saisissez une enchère&#xa0;: seule la stratégie d&apos;enchères automatique fonctionne sans enchère.</translation>
    </message>
    <message>
        <source>The amount must be a whole number of micro-units.</source>
        <translation>Le montant doit être un nombre entier de micro-unités.</translation>
    </message>
    <message>
        <source>A LIFETIME budget needs an end time.</source>
        <translation>Un budget LIFETIME nécessite une heure de fin.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap needs an end time.</source>
        <translation>Une limitation de la fréquence à vie nécessite une heure de fin.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap works only with the IMPRESSION billable event (CPM).</source>
        <translation>Une limitation de la fréquence à vie ne fonctionne qu&apos;avec l&apos;événement facturable IMPRESSION (CPM).</translation>
    </message>
    <message>
        <source>The bid multiplier must be between 0 and 10.</source>
        <translation>Le multiplicateur d&apos;enchère doit être compris entre 0 et 10.</translation>
    </message>
    <message>
        <source>A bid multiplier needs the automatic bid strategy.</source>
        <translation>Un multiplicateur d&apos;enchère nécessite la stratégie d&apos;enchères automatique.</translation>
    </message>
    <message>
        <source>A promotion id is digits only.</source>
        <translation>Un ID de promotion ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>Conversion goal: enter the conversion tag id (digits).</source>
        <translation>Objectif de conversion&#xa0;: saisissez l&apos;ID de la balise de conversion (chiffres).</translation>
    </message>
    <message>
        <source>Conversion goal: choose a conversion event.</source>
        <translation>Objectif de conversion&#xa0;: choisissez un événement de conversion.</translation>
    </message>
    <message>
        <source>Conversion goal: ROAS optimization needs the CHECKOUT event and the automatic bid strategy.</source>
        <translation>Objectif de conversion&#xa0;: l&apos;optimisation du ROAS nécessite l&apos;événement CHECKOUT et la stratégie d&apos;enchères automatique.</translation>
    </message>
    <message>
        <source>Frequency goal: the frequency must be between 2 and 20.</source>
        <translation>Objectif de fréquence&#xa0;: la fréquence doit être comprise entre 2 et 20.</translation>
    </message>
    <message>
        <source>%1: at most 3 URLs (%2 given).</source>
        <translation>%1&#xa0;: 3 URL au maximum (%2 indiquées).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid http(s) URL of at most 2,000 characters.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL http(s) valide d&apos;au plus 2&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>Pinterest cannot remove this from an existing ad group; keep a value.</source>
        <translation>Pinterest ne peut pas supprimer cette valeur d&apos;un groupe d&apos;annonces existant&#xa0;; conservez une valeur.</translation>
    </message>
    <message>
        <source>This cannot be empty (null) when creating an ad group; leave it out for Pinterest&apos;s default.</source>
        <translation>Ce champ ne peut pas être vide (null) lors de la création d&apos;un groupe d&apos;annonces&#xa0;; omettez-le pour utiliser la valeur par défaut de Pinterest.</translation>
    </message>
    <message>
        <source>The campaign optimizes its budget (CBO): the budget type must be CBO_ADGROUP.</source>
        <translation>La campagne optimise son budget (CBO)&#xa0;: le type de budget doit être CBO_ADGROUP.</translation>
    </message>
    <message>
        <source>CBO campaigns allow only STANDARD pacing.</source>
        <translation>Les campagnes CBO n&apos;autorisent que le rythme de diffusion STANDARD.</translation>
    </message>
    <message>
        <source>CBO_ADGROUP needs a campaign with campaign budget optimization.</source>
        <translation>CBO_ADGROUP nécessite une campagne avec optimisation du budget de campagne.</translation>
    </message>
    <message>
        <source>Conversion campaigns need an optimization goal.</source>
        <translation>Les campagnes de conversion nécessitent un objectif d&apos;optimisation.</translation>
    </message>
    <message>
        <source>The start is before the campaign&apos;s start (%1).</source>
        <translation>Le début est antérieur au début de la campagne (%1).</translation>
    </message>
    <message>
        <source>The end is after the campaign&apos;s end (%1).</source>
        <translation>La fin est postérieure à la fin de la campagne (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Targeting: MINIMUM_AGE and MAXIMUM_AGE must be given together.</source>
        <translation>Ciblage&#xa0;: MINIMUM_AGE et MAXIMUM_AGE doivent être indiqués ensemble.</translation>
    </message>
    <message>
        <source>Targeting: MINIMUM_AGE must be a number such as &quot;18&quot;.</source>
        <translation>Ciblage&#xa0;: MINIMUM_AGE doit être un nombre, comme «&#xa0;18&#xa0;».</translation>
    </message>
    <message>
        <source>Targeting: MAXIMUM_AGE must be a number such as &quot;54&quot; or &quot;65+&quot;.</source>
        <translation>Ciblage&#xa0;: MAXIMUM_AGE doit être un nombre, comme «&#xa0;54&#xa0;» ou «&#xa0;65+&#xa0;».</translation>
    </message>
    <message>
        <source>Targeting: use either age buckets or a minimum/maximum age, not both.</source>
        <translation>Ciblage&#xa0;: utilisez soit des tranches d&apos;âge, soit un âge minimum/maximum, mais pas les deux.</translation>
    </message>
    <message>
        <source>Targeting %1: &quot;%2&quot; is not one of: %3.</source>
        <translation>Ciblage %1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The selection mixes budget types (%1): a budget edit would mean different things for them. Select ad groups of one budget type.</source>
        <translation>La sélection mélange plusieurs types de budget (%1)&#xa0;: une modification de budget n&apos;aurait pas le même sens pour chacun. Sélectionnez des groupes d&apos;annonces d&apos;un seul type de budget.</translation>
    </message>
    <message>
        <source>These ad groups get their budget from the campaign (CBO_ADGROUP); change the campaign&apos;s budget instead.</source>
        <translation>Ces groupes d&apos;annonces reçoivent leur budget de la campagne (CBO_ADGROUP)&#xa0;; modifiez plutôt le budget de la campagne.</translation>
    </message>
    <message>
        <source>The result would be too large.</source>
        <translation>Le résultat serait trop élevé.</translation>
    </message>
    <message>
        <source>Ad group %1</source>
        <translation>Groupe d&apos;annonces %1</translation>
    </message>
    <message>
        <source>Ad group %1 (&quot;%2&quot;)</source>
        <translation>Groupe d&apos;annonces %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Statut récapitulatif</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>Type de budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Stratégie d&apos;enchères</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Optimization goal</source>
        <translation>Objectif d&apos;optimisation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme de diffusion</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Auto targeting</source>
        <translation>Ciblage automatique</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Limitation de la fréquence à vie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On Pinterest: %1</source>
        <translation>Sur Pinterest&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2 micro-units)</source>
        <translation>%1 (%2 micro-unités)</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (heure locale)</translation>
    </message>
    <message>
        <source>In the account currency (%1)</source>
        <translation>Dans la devise du compte (%1)</translation>
    </message>
    <message>
        <source>%1 (micro-units)</source>
        <translation>%1 (micro-unités)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupTableView</name>
    <message>
        <source>Ad groups</source>
        <translation>Groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>pinstripe::AdGroupWriteRequest</name>
    <message>
        <source>Creating ad groups</source>
        <translation>Création des groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>Updating ad groups</source>
        <translation>Mise à jour des groupes d&apos;annonces</translation>
    </message>
</context>
<context>
    <name>pinstripe::AgeRangeEditor</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>Youngest age reached (MINIMUM_AGE), 18 to 65.</source>
        <translation>Âge le plus bas ciblé (MINIMUM_AGE), de 18 à 65 ans.</translation>
    </message>
    <message>
        <source>Oldest age reached (MAXIMUM_AGE), 18 to 65, or 65+ for no upper limit.</source>
        <translation>Âge le plus élevé ciblé (MAXIMUM_AGE), de 18 à 65 ans, ou 65+ pour n&apos;avoir aucune limite supérieure.</translation>
    </message>
    <message>
        <source>&amp;Convert to min/max age</source>
        <translation>Con&amp;vertir en âge min./max.</translation>
    </message>
    <message>
        <source>Replaces the legacy age groups by the age range they span.</source>
        <translation>Remplace les anciennes tranches d&apos;âge par la plage d&apos;âge qu&apos;elles couvrent.</translation>
    </message>
    <message>
        <source>Mi&amp;nimum age:</source>
        <translation>Âge mi&amp;nimum&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum age:</source>
        <translation>Âge ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>Legacy age groups (AGE_BUCKET): %1. Pinterest prefers a minimum and maximum age.</source>
        <translation>Anciennes tranches d&apos;âge (AGE_BUCKET)&#xa0;: %1. Pinterest préfère un âge minimum et un âge maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Pinterest&apos;s age groups.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des tranches d&apos;âge de Pinterest.</translation>
    </message>
    <message>
        <source>Legacy age groups cannot be combined with a minimum or maximum age; convert them first.</source>
        <translation>Les anciennes tranches d&apos;âge ne peuvent pas être combinées avec un âge minimum ou maximum&#xa0;; convertissez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Set both a minimum and a maximum age, or neither.</source>
        <translation>Définissez à la fois un âge minimum et un âge maximum, ou aucun des deux.</translation>
    </message>
    <message>
        <source>The minimum age must be from 18 to 65, not &quot;%1&quot;.</source>
        <translation>L&apos;âge minimum doit être compris entre 18 et 65, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The maximum age must be from 18 to 65, or 65+, not &quot;%1&quot;.</source>
        <translation>L&apos;âge maximum doit être compris entre 18 et 65, ou valoir 65+, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The minimum age (%1) is above the maximum age (%2).</source>
        <translation>L&apos;âge minimum (%1) est supérieur à l&apos;âge maximum (%2).</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsCsv</name>
    <message>
        <source>%1 (micro-units)</source>
        <translation>%1 (micro-unités)</translation>
    </message>
    <message>
        <source>Ad group ID</source>
        <translation>ID du groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Targeting type</source>
        <translation>Type de ciblage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (code)</source>
        <translation>Valeur (code)</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Exported from Pinstripe</source>
        <translation>Exporté depuis Pinstripe</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Exporter le graphique en SVG…</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsFetcher</name>
    <message>
        <source>The connection to Pinterest is gone.</source>
        <translation>La connexion à Pinterest a été perdue.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQuery</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation>Choisissez une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La date de fin (%1) est antérieure à la date de début (%2).</translation>
    </message>
    <message>
        <source>Choose at least one metric (columns).</source>
        <translation>Choisissez au moins un indicateur (colonnes).</translation>
    </message>
    <message>
        <source>Choose at least one targeting type.</source>
        <translation>Choisissez au moins un type de ciblage.</translation>
    </message>
    <message>
        <source>%1 must be one of 0, 1, 7, 14, 30 or 60 days (got %2).</source>
        <translation>%1 doit valoir 0, 1, 7, 14, 30 ou 60 jours (valeur reçue&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Hourly data goes back at most %n day(s) (to %1, UTC).</source>
        <translation>
            <numerusform>Les données horaires remontent à %n jour au plus (jusqu&apos;au %1, UTC).</numerusform>
            <numerusform>Les données horaires remontent à %n jours au plus (jusqu&apos;au %1, UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pinterest keeps analytics for %n day(s): the start date can be %1 (UTC) at the earliest.</source>
        <translation>
            <numerusform>Pinterest conserve les statistiques pendant %n jour&#xa0;: la date de début peut être au plus tôt le %1 (UTC).</numerusform>
            <numerusform>Pinterest conserve les statistiques pendant %n jours&#xa0;: la date de début peut être au plus tôt le %1 (UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An hourly report can span at most %n day(s).</source>
        <translation>
            <numerusform>Un rapport horaire peut couvrir %n jour au plus.</numerusform>
            <numerusform>Un rapport horaire peut couvrir %n jours au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A report can span at most %n day(s) (this range has %1).</source>
        <translation>
            <numerusform>Un rapport peut couvrir %n jour au plus (cette période en compte %1).</numerusform>
            <numerusform>Un rapport peut couvrir %n jours au plus (cette période en compte %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::AnalyticsQueryBar</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Data in UTC</source>
        <translation>Données en UTC</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Time of ad action</source>
        <translation>Heure de l&apos;action publicitaire</translation>
    </message>
    <message>
        <source>Time of conversion</source>
        <translation>Heure de la conversion</translation>
    </message>
    <message>
        <source>Pinterest reports days in UTC; a day here may start and end at a different local time.</source>
        <translation>Pinterest compte les jours en UTC&#xa0;; un jour affiché ici peut commencer et finir à une autre heure locale.</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Attribution — click:</source>
        <translation>Attribution — clic&#xa0;:</translation>
    </message>
    <message>
        <source>engagement:</source>
        <translation>interaction&#xa0;:</translation>
    </message>
    <message>
        <source>view:</source>
        <translation>vue&#xa0;:</translation>
    </message>
    <message>
        <source>Report conversions at:</source>
        <translation>Rattacher les conversions à&#xa0;:</translation>
    </message>
    <message>
        <source>Choose at least one metric.</source>
        <translation>Choisissez au moins un indicateur.</translation>
    </message>
    <message>
        <source>Metrics…</source>
        <translation>Indicateurs…</translation>
    </message>
    <message>
        <source>Pinterest keeps analytics for 90 days; this range is shown from the metrics archive where Pinstripe saved it.</source>
        <translation>Pinterest conserve les statistiques pendant 90 jours&#xa0;; cette période est affichée à partir de l&apos;archive des indicateurs, où Pinstripe l&apos;a enregistrée.</translation>
    </message>
    <message>
        <source>Hourly reports have no conversion metrics.</source>
        <translation>Les rapports horaires ne contiennent pas d&apos;indicateurs de conversion.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query or fragment.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Plain http is only allowed for a local sandbox (localhost or 127.0.0.1); use https for %1.</source>
        <translation>Le http simple n&apos;est autorisé que pour un bac à sable local (localhost ou 127.0.0.1)&#xa0;; utilisez https pour %1.</translation>
    </message>
    <message>
        <source>The API base URL must start with https:// (or http:// for a local sandbox).</source>
        <translation>L&apos;URL de base de l&apos;API doit commencer par https:// (ou http:// pour un bac à sable local).</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Pinterest could not be reached (%1).</source>
        <translation>Impossible de joindre Pinterest (%1).</translation>
    </message>
    <message>
        <source>Pinterest did not answer in time.</source>
        <translation>Pinterest n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer could not be read: %1.</source>
        <translation>La réponse de Pinterest est illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer could not be read: %1. Pinterest&apos;s request id: %2.</source>
        <translation>La réponse de Pinterest est illisible&#xa0;: %1. ID de la requête chez Pinterest&#xa0;: %2.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The answer was lost, so it is not known whether Pinterest applied it. Pinstripe checks by listing before anything is sent again.</source>
        <translation>La réponse a été perdue&#xa0;: on ne sait donc pas si Pinterest a traité la requête. Pinstripe vérifie en relisant les données avant de renvoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in has expired or was revoked; sign in again.</source>
        <translation>Votre connexion à Pinterest a expiré ou a été révoquée&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your Pinterest user has no access to this (%1).</source>
        <translation>Votre utilisateur Pinterest n&apos;a pas accès à cette ressource (%1).</translation>
    </message>
    <message>
        <source>Pinterest&apos;s rate limit was reached; try again shortly.</source>
        <translation>La limite de requêtes de Pinterest a été atteinte&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Pinterest had a temporary problem (HTTP %1). Try again.</source>
        <translation>Pinterest a rencontré un problème temporaire (HTTP %1). Réessayez.</translation>
    </message>
    <message>
        <source>Pinterest rejected it: %1</source>
        <translation>Pinterest a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinterest answered with HTTP %1.</source>
        <translation>Pinterest a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1&#xa0;: échec. %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::ApiRequest</name>
    <message>
        <source>a billable event is required.</source>
        <translation>un événement facturable est requis.</translation>
    </message>
    <message>
        <source>a currency is required.</source>
        <translation>une devise est requise.</translation>
    </message>
    <message>
        <source>Bid floor row %1: %2</source>
        <translation>Ligne d&apos;enchère minimale %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::AppTypeEditor</name>
    <message>
        <source>Leave all unchecked to reach every device.</source>
        <translation>Laissez tout décoché pour atteindre tous les appareils.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AudienceEditor</name>
    <message>
        <source>Audiences to include</source>
        <translation>Audiences à inclure</translation>
    </message>
    <message>
        <source>Audience ids, separated by commas</source>
        <translation>ID d&apos;audiences, séparés par des virgules</translation>
    </message>
    <message>
        <source>Reach only people in these audiences (AUDIENCE_INCLUDE). Lists need at least 100 Pinterest users.</source>
        <translation>Atteindre uniquement les personnes de ces audiences (AUDIENCE_INCLUDE). Les listes doivent compter au moins 100 utilisateurs Pinterest.</translation>
    </message>
    <message>
        <source>Audiences to exclude</source>
        <translation>Audiences à exclure</translation>
    </message>
    <message>
        <source>Never reach people in these audiences (AUDIENCE_EXCLUDE).</source>
        <translation>Ne jamais atteindre les personnes de ces audiences (AUDIENCE_EXCLUDE).</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Exclure&#xa0;:</translation>
    </message>
    <message>
        <source>Audience ids are digits only: &quot;%1&quot; is not one.</source>
        <translation>Les ID d&apos;audience ne contiennent que des chiffres&#xa0;: «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Audience %1 is both included and excluded.</source>
        <translation>L&apos;audience %1 est à la fois incluse et exclue.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AudienceEstimateLabel</name>
    <message>
        <source>Potential audience</source>
        <translation>Audience potentielle</translation>
    </message>
    <message>
        <source>Potential audience: fix the targeting problems to see an estimate.</source>
        <translation>Audience potentielle&#xa0;: corrigez les problèmes de ciblage pour obtenir une estimation.</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <source>Estimating… (Pinterest did not answer, trying again)</source>
        <translation>Estimation… (Pinterest n&apos;a pas répondu, nouvel essai)</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billion people</comment>
        <translation>%1&#xa0;Md</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>million people</comment>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousand people</comment>
        <translation>%1&#xa0;k</translation>
    </message>
    <message>
        <source>Potential audience: %1 – %2 people per month</source>
        <translation>Audience potentielle&#xa0;: %1 – %2 personnes par mois</translation>
    </message>
    <message>
        <source>Pinterest estimates %1 to %2 people a month for this targeting.</source>
        <translation>Pinterest estime que ce ciblage peut atteindre de %1 à %2 personnes par mois.</translation>
    </message>
    <message>
        <source>Potential audience unavailable: %1</source>
        <translation>Audience potentielle indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>How many people a month this targeting can reach, estimated by Pinterest.</source>
        <translation>Nombre de personnes que ce ciblage peut atteindre chaque mois, selon l&apos;estimation de Pinterest.</translation>
    </message>
</context>
<context>
    <name>pinstripe::AuthEnvironment</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Pinterest Sandbox</source>
        <translation>Bac à sable Pinterest</translation>
    </message>
    <message>
        <source>Demo/local</source>
        <translation>Démo/local</translation>
    </message>
</context>
<context>
    <name>pinstripe::BasicAuthNetworkAccessManager</name>
    <message>
        <source>Pinterest could not be reached: %1</source>
        <translation>Impossible de joindre Pinterest&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pinterest did not accept the app ID and app secret. Check both on your app&apos;s page at developers.pinterest.com.</source>
        <translation>Pinterest n&apos;a pas accepté l&apos;ID et la clé secrète de l&apos;application. Vérifiez-les sur la page de votre application, sur developers.pinterest.com.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s token service answered with HTTP %1.</source>
        <translation>Le service de jetons de Pinterest a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s token service refused the request: %1</source>
        <translation>Le service de jetons de Pinterest a refusé la requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::BasicsSection</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs multiples)</translation>
    </message>
    <message>
        <source>An existing ad group stays in its campaign; duplicate it to use another one.</source>
        <translation>Un groupe d&apos;annonces existant reste dans sa campagne&#xa0;; dupliquez-le pour en utiliser une autre.</translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCalculatorDialog</name>
    <message>
        <source>Bid Floor Calculator</source>
        <translation>Calculateur d&apos;enchères minimales</translation>
    </message>
    <message>
        <source>e.g. US, Germany</source>
        <translation>p. ex. US, Allemagne</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation>Tout objectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Any creative type</source>
        <translation>Tout type de création</translation>
    </message>
    <message>
        <source>Creative type</source>
        <translation>Type de création</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Événement de conversion</translation>
    </message>
    <message>
        <source>The optimization goal of conversion (WEB_CONVERSION) ad groups</source>
        <translation>L&apos;objectif d&apos;optimisation des groupes d&apos;annonces de conversion (WEB_CONVERSION)</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Devi&amp;se&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Billable event:</source>
        <translation>Événement &amp;facturable&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reative type:</source>
        <translation>Type de &amp;création&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;version event:</source>
        <translation>Événement &amp;de conversion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Ajo&amp;uter une ligne</translation>
    </message>
    <message>
        <source>Re&amp;move Row</source>
        <translation>Supprimer la &amp;ligne</translation>
    </message>
    <message>
        <source>Check &amp;Floors</source>
        <translation>&amp;Vérifier les enchères minimales</translation>
    </message>
    <message>
        <source>Bid floor rows</source>
        <translation>Lignes d&apos;enchères minimales</translation>
    </message>
    <message>
        <source>Price for a &amp;targeting spec (applies to every row)</source>
        <translation>Prix pour une spécification de ci&amp;blage (s&apos;applique à chaque ligne)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country Pinterest knows; use a name or a two-letter code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays connu de Pinterest&#xa0;; utilisez un nom ou un code à deux lettres.</translation>
    </message>
    <message>
        <source>Enter at least one country.</source>
        <translation>Saisissez au moins un pays.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); press Check Floors to ask Pinterest.</source>
        <translation>
            <numerusform>%n ligne&#xa0;; cliquez sur «&#xa0;Vérifier les enchères minimales&#xa0;» pour interroger Pinterest.</numerusform>
            <numerusform>%n lignes&#xa0;; cliquez sur «&#xa0;Vérifier les enchères minimales&#xa0;» pour interroger Pinterest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to Pinterest.</source>
        <translation>Non connecté à Pinterest.</translation>
    </message>
    <message>
        <source>Fix the targeting first: %1</source>
        <translation>Corrigez d&apos;abord le ciblage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asking Pinterest…</source>
        <translation>Interrogation de Pinterest…</translation>
    </message>
    <message>
        <source>Floors as of %1. Bids below a floor are not delivered.</source>
        <translation>Enchères minimales au %1. Les enchères inférieures au minimum ne sont pas diffusées.</translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorCheckDialog</name>
    <message numerus="yes">
        <source>Bid Floors of %n Ad Group(s)</source>
        <translation>
            <numerusform>Enchères minimales de %n groupe d&apos;annonces</numerusform>
            <numerusform>Enchères minimales de %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Enchère minimale</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Bids and floors</source>
        <translation>Enchères et minimums</translation>
    </message>
    <message>
        <source>Asking Pinterest for the floors…</source>
        <translation>Demande des enchères minimales à Pinterest…</translation>
    </message>
    <message>
        <source>&amp;Raise Bids to Floor</source>
        <translation>&amp;Relever les enchères au minimum</translation>
    </message>
    <message>
        <source>Adds pending changes; nothing is sent until you post.</source>
        <translation>Ajoute des modifications en attente&#xa0;; rien n&apos;est envoyé tant que vous n&apos;avez pas publié.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>%1 (pending)</source>
        <translation>%1 (en attente)</translation>
    </message>
    <message>
        <source>Under the floor — not delivered</source>
        <translation>Sous le minimum — non diffusé</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every bid is at or above its floor.</source>
        <translation>Toutes les enchères sont égales ou supérieures à leur minimum.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) bid under the floor and will not be delivered.</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces a une enchère inférieure au minimum et ne sera pas diffusé.</numerusform>
            <numerusform>%n groupes d&apos;annonces ont une enchère inférieure au minimum et ne seront pas diffusés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::BidFloorRowsModel</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Creative type</source>
        <translation>Type de création</translation>
    </message>
    <message>
        <source>Bid floor</source>
        <translation>Enchère minimale</translation>
    </message>
</context>
<context>
    <name>pinstripe::BrowserCommands</name>
    <message>
        <source>&amp;Export Ad Groups as CSV…</source>
        <translation>&amp;Exporter les groupes d&apos;annonces en CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export &amp;Selected Ad Groups as CSV…</source>
        <translation>Exporter les groupes d&apos;annonces &amp;sélectionnés en CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Arrêter le char&amp;gement</translation>
    </message>
    <message>
        <source>Ad Group &amp;Details</source>
        <translation>&amp;Détails du groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Choose &amp;Ad Account…</source>
        <translation>Choisir le compte &amp;publicitaire…</translation>
    </message>
</context>
<context>
    <name>pinstripe::BudgetBidSection</name>
    <message>
        <source>Budget type</source>
        <translation>Type de budget</translation>
    </message>
    <message>
        <source>Daily (DAILY)</source>
        <translation>Quotidien (DAILY)</translation>
    </message>
    <message>
        <source>Lifetime (LIFETIME, needs an end time)</source>
        <translation>À vie (LIFETIME, nécessite une heure de fin)</translation>
    </message>
    <message>
        <source>Set by the campaign (CBO_ADGROUP)</source>
        <translation>Défini par la campagne (CBO_ADGROUP)</translation>
    </message>
    <message>
        <source>Budget &amp;type:</source>
        <translation>T&amp;ype de budget&#xa0;:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Budge&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Billable event</source>
        <translation>Événement facturable</translation>
    </message>
    <message>
        <source>Click (CLICKTHROUGH)</source>
        <translation>Clic (CLICKTHROUGH)</translation>
    </message>
    <message>
        <source>Impression (IMPRESSION, CPM)</source>
        <translation>Impression (IMPRESSION, CPM)</translation>
    </message>
    <message>
        <source>Video view (VIDEO_V_50_MRC)</source>
        <translation>Vue de vidéo (VIDEO_V_50_MRC)</translation>
    </message>
    <message>
        <source>Billable &amp;event:</source>
        <translation>Événement &amp;facturable&#xa0;:</translation>
    </message>
    <message>
        <source>Bid strategy</source>
        <translation>Stratégie d&apos;enchères</translation>
    </message>
    <message>
        <source>Automatic (AUTOMATIC_BID)</source>
        <translation>Automatique (AUTOMATIC_BID)</translation>
    </message>
    <message>
        <source>Maximum bid (MAX_BID)</source>
        <translation>Enchère maximale (MAX_BID)</translation>
    </message>
    <message>
        <source>Target average (TARGET_AVG)</source>
        <translation>Moyenne cible (TARGET_AVG)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Bid &amp;strategy:</source>
        <translation>&amp;Stratégie d&apos;enchères&#xa0;:</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>none (automatic)</source>
        <translation>aucune (automatique)</translation>
    </message>
    <message>
        <source>B&amp;id:</source>
        <translation>&amp;Enchère&#xa0;:</translation>
    </message>
    <message>
        <source>Bid multiplier</source>
        <translation>Multiplicateur d&apos;enchère</translation>
    </message>
    <message>
        <source>0.1 to 10 (open beta); needs the automatic bid strategy; 0 removes it.</source>
        <translation>De 0,1 à 10 (bêta ouverte)&#xa0;; nécessite la stratégie d&apos;enchères automatique&#xa0;; 0 le supprime.</translation>
    </message>
    <message>
        <source>Bid &amp;multiplier:</source>
        <translation>&amp;Multiplicateur d&apos;enchère&#xa0;:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs multiples)</translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkAdjustment</name>
    <message>
        <source>The result is too large.</source>
        <translation>Le résultat est trop élevé.</translation>
    </message>
    <message>
        <source>A decrease of more than 100% would make the amount negative.</source>
        <translation>Une baisse de plus de 100&#xa0;% rendrait le montant négatif.</translation>
    </message>
    <message>
        <source>The result would be below zero.</source>
        <translation>Le résultat serait inférieur à zéro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage (up to two decimals, e.g. %2 or %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage (deux décimales au plus, p. ex. %2 ou %3).</translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditDialog</name>
    <message>
        <source>Set &amp;status</source>
        <translation>Définir le &amp;statut</translation>
    </message>
    <message>
        <source>Change &amp;budget</source>
        <translation>Modifier le &amp;budget</translation>
    </message>
    <message>
        <source>Change b&amp;id</source>
        <translation>Modifier l&apos;&amp;enchère</translation>
    </message>
    <message>
        <source>Change &amp;end date</source>
        <translation>Modifier la date de &amp;fin</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>Décaler de</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Fixer à</translation>
    </message>
    <message>
        <source>Apply this &amp;targeting to all selected ad groups</source>
        <translation>Appliquer ce &amp;ciblage à tous les groupes d&apos;annonces sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces</numerusform>
            <numerusform>%n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit of %1</source>
        <translation>Modification groupée de %1</translation>
    </message>
    <message>
        <source>%1 selected; amounts in %2.</source>
        <translation>Sélection&#xa0;: %1&#xa0;; montants en %2.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Status, budget, bid, end</source>
        <translation>Statut, budget, enchère, fin</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bid: %1</source>
        <translation>Enchère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Targeting: %1</source>
        <translation>Ciblage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose what to change; nothing is sent until you post the pending changes.</source>
        <translation>Choisissez ce que vous voulez modifier&#xa0;; rien n&apos;est envoyé tant que vous n&apos;avez pas publié les modifications en attente.</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Rien ne serait modifié.</translation>
    </message>
</context>
<context>
    <name>pinstripe::BulkEditPlan</name>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces</numerusform>
            <numerusform>%n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>enchère %1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>pas de fin</translation>
    </message>
    <message>
        <source>%1 without an end date: left without one.</source>
        <translation>%1 sans date de fin&#xa0;: aucune date de fin n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>end %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>new targeting</source>
        <translation>nouveau ciblage</translation>
    </message>
    <message>
        <source>own</source>
        <translation>existant</translation>
    </message>
    <message>
        <source>targeting %1</source>
        <translation>ciblage %1</translation>
    </message>
    <message>
        <source>Bulk edit of %1: %2</source>
        <translation>Modification groupée de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Enchère</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 without a budget: left alone.</source>
        <translation>Aucun changement pour %1 sans budget.</translation>
    </message>
    <message>
        <source>%1 without a bid (automatic bidding): left alone.</source>
        <translation>Aucun changement pour %1 sans enchère (enchères automatiques).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>end %1%n day(s)</source>
        <translation>
            <numerusform>fin %1%n jour</numerusform>
            <numerusform>fin %1%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::CampaignNavigator</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Ad groups</source>
        <translation>Groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>pinstripe::CellValueDelegate</name>
    <message numerus="yes">
        <source>Amount in %1, with up to %n decimal(s); empty for none</source>
        <translation>
            <numerusform>Montant en %1, avec %n décimale au plus&#xa0;; vide pour aucun</numerusform>
            <numerusform>Montant en %1, avec %n décimales au plus&#xa0;; vide pour aucun</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Date and time in %1, like %2; empty for none</source>
        <translation>Date et heure (%1), p. ex. %2&#xa0;; vide pour aucune</translation>
    </message>
</context>
<context>
    <name>pinstripe::ChangeMarkerOverlay</name>
    <message>
        <source>%1: new ad group (%2)</source>
        <translation>%1&#xa0;: nouveau groupe d&apos;annonces (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1&#xa0;: %2 %3 → %4</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::ChoiceListEditor</name>
    <message>
        <source>Sends &quot;%1&quot; in %2</source>
        <translation>Envoie «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::CommandLine</name>
    <message>
        <source>Pinstripe — browse, edit and post Pinterest ad groups from the desktop.</source>
        <translation>Pinstripe — parcourez, modifiez et publiez vos groupes d&apos;annonces Pinterest depuis votre ordinateur.</translation>
    </message>
    <message>
        <source>Run against the built-in demo sandbox with sample ad accounts; no Pinterest account needed.</source>
        <translation>Utiliser le bac à sable de démonstration intégré, avec des exemples de comptes publicitaires&#xa0;; aucun compte Pinterest n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Use this Pinterest API base URL (default https://api.pinterest.com/v5). https is required except for localhost.</source>
        <translation>Utiliser cette URL de base de l&apos;API Pinterest (par défaut https://api.pinterest.com/v5). https est obligatoire, sauf pour localhost.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start, show the main window and quit at once (for installation checks).</source>
        <translation>Démarrer, afficher la fenêtre principale et quitter immédiatement (pour vérifier l&apos;installation).</translation>
    </message>
    <message>
        <source>
Qt&apos;s standard options are accepted too, e.g. -platform, -style, -stylesheet, -reverse, -qwindowgeometry.
</source>
        <translation>
Les options standard de Qt sont également acceptées, p. ex. -platform, -style, -stylesheet, -reverse, -qwindowgeometry.
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--demo and --api-base-url cannot be used together.
</source>
        <translation>--demo et --api-base-url ne peuvent pas être utilisés ensemble.
</translation>
    </message>
    <message>
        <source>Invalid --api-base-url: %1
</source>
        <translation>--api-base-url non valide&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>pinstripe::ConflictDialog</name>
    <message>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <source>These fields were changed on Pinterest after you edited them. For each one, keep your value (it is posted next time) or take the value on Pinterest (your change is dropped).</source>
        <translation>Ces champs ont été modifiés sur Pinterest après vos modifications. Pour chacun, gardez votre valeur (elle sera publiée la prochaine fois) ou reprenez la valeur de Pinterest (votre modification est abandonnée).</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>On Pinterest now</source>
        <translation>Actuellement sur Pinterest</translation>
    </message>
    <message>
        <source>Keep your %1 of %2: %3</source>
        <translation>Garder votre valeur (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Take Pinterest&apos;s %1 of %2: %3</source>
        <translation>Prendre la valeur de Pinterest (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Was %1 when you edited it</source>
        <translation>Valait %1 lorsque vous l&apos;avez modifié</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les &amp;miennes</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toutes celles de &amp;Pinterest</translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation>Résoudre un conflit</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts</source>
        <translation>Résoudre %1 conflits</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Garder mes valeurs</translation>
    </message>
    <message>
        <source>Take Pinterest&apos;s values</source>
        <translation>Prendre les valeurs de Pinterest</translation>
    </message>
</context>
<context>
    <name>pinstripe::ConnectDialog</name>
    <message>
        <source>Connect to Pinterest</source>
        <translation>Se connecter à Pinterest</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Local API address</source>
        <translation>Adresse de l&apos;API locale</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>A&amp;dresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID de l&apos;application</translation>
    </message>
    <message>
        <source>from developers.pinterest.com → My apps</source>
        <translation>sur developers.pinterest.com → My apps</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Clé secrète de l&apos;application</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservée dans le trousseau système</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>Clé &amp;secrète de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Pinterest opens in your web browser. Approve access there and come back; Pinstripe receives the answer on this computer.</source>
        <translation>Pinterest s&apos;ouvre dans votre navigateur web. Autorisez-y l&apos;accès, puis revenez ici&#xa0;; Pinstripe reçoit la réponse sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>The redirect URI registered for your Pinterest app, on localhost with a port.</source>
        <translation>L&apos;URI de redirection enregistrée pour votre application Pinterest, sur localhost avec un port.</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with &amp;Pinterest</source>
        <translation>Se connecter avec &amp;Pinterest</translation>
    </message>
    <message>
        <source>Sign in with Pinterest</source>
        <translation>Se connecter avec Pinterest</translation>
    </message>
    <message>
        <source>Paste a token generated in Pinterest&apos;s developer console. With a refresh token and the app ID and secret, Pinstripe renews it by itself.</source>
        <translation>Collez un jeton généré dans la console développeur de Pinterest. Avec un jeton d&apos;actualisation ainsi que l&apos;ID et la clé secrète de l&apos;application, Pinstripe le renouvelle automatiquement.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh token (optional)</source>
        <translation>Jeton d&apos;actualisation (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>Jeton d&apos;ac&amp;tualisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use This Token</source>
        <translation>&amp;Utiliser ce jeton</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Coller un jeton</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Progression de la connexion</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Ad accounts this sign-in can see:</source>
        <translation>&amp;Comptes publicitaires accessibles avec cette connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Ad accounts</source>
        <translation>Comptes publicitaires</translation>
    </message>
    <message>
        <source>&amp;Open Ad Account</source>
        <translation>&amp;Ouvrir le compte publicitaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Enter your app ID. You find it at developers.pinterest.com under My apps.</source>
        <translation>Saisissez l&apos;ID de votre application. Vous le trouverez sur developers.pinterest.com, sous My apps.</translation>
    </message>
    <message>
        <source>Enter your app secret. It is shown next to the app ID at developers.pinterest.com.</source>
        <translation>Saisissez la clé secrète de votre application. Elle figure à côté de l&apos;ID de l&apos;application sur developers.pinterest.com.</translation>
    </message>
    <message>
        <source>Open this address in your browser to continue:
%1</source>
        <translation>Ouvrez cette adresse dans votre navigateur pour continuer&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Pinterest answered; finishing the sign-in…</source>
        <translation>Pinterest a répondu&#xa0;; finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Waiting for you to approve access in your browser…</source>
        <translation>En attente de votre autorisation d&apos;accès dans le navigateur…</translation>
    </message>
    <message>
        <source>Paste the access token from Pinterest&apos;s developer console.</source>
        <translation>Collez le jeton d&apos;accès obtenu dans la console développeur de Pinterest.</translation>
    </message>
    <message>
        <source>A token has no spaces. Copy it again, without the word “Bearer”.</source>
        <translation>Un jeton ne contient pas d&apos;espaces. Copiez-le de nouveau, sans le mot «&#xa0;Bearer&#xa0;».</translation>
    </message>
    <message>
        <source>To renew with the refresh token, also enter the app ID and app secret.</source>
        <translation>Pour renouveler le jeton avec le jeton d&apos;actualisation, saisissez aussi l&apos;ID et la clé secrète de l&apos;application.</translation>
    </message>
    <message>
        <source>Checking the sign-in and listing your ad accounts…</source>
        <translation>Vérification de la connexion et récupération de vos comptes publicitaires…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>pinstripe::CreateAdGroupsRequest</name>
    <message>
        <source>Creating ad groups</source>
        <translation>Création des groupes d&apos;annonces</translation>
    </message>
</context>
<context>
    <name>pinstripe::DateRangePreset</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
</context>
<context>
    <name>pinstripe::DeliverySection</name>
    <message>
        <source>Let Pinterest widen the audience (Performance+ targeting)</source>
        <translation>Laisser Pinterest élargir l&apos;audience (ciblage Performance+)</translation>
    </message>
    <message>
        <source>Turn product Pins into collection and shopping formats</source>
        <translation>Transformer les Épingles produit en formats collection et shopping</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>All placements (ALL)</source>
        <translation>Tous les emplacements (ALL)</translation>
    </message>
    <message>
        <source>Search (SEARCH)</source>
        <translation>Recherche (SEARCH)</translation>
    </message>
    <message>
        <source>Browse (BROWSE)</source>
        <translation>Navigation (BROWSE)</translation>
    </message>
    <message>
        <source>Other (OTHER)</source>
        <translation>Autre (OTHER)</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme de diffusion</translation>
    </message>
    <message>
        <source>Standard: smooth over the day (STANDARD)</source>
        <translation>Standard&#xa0;: réparti sur la journée (STANDARD)</translation>
    </message>
    <message>
        <source>Accelerated: as fast as possible (ACCELERATED)</source>
        <translation>Accéléré&#xa0;: le plus vite possible (ACCELERATED)</translation>
    </message>
    <message>
        <source>P&amp;acing:</source>
        <translation>&amp;Rythme de diffusion&#xa0;:</translation>
    </message>
    <message>
        <source>Auto targeting:</source>
        <translation>Ciblage automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Creative optimization:</source>
        <translation>Optimisation des créations&#xa0;:</translation>
    </message>
    <message>
        <source>Lifetime frequency cap</source>
        <translation>Limitation de la fréquence à vie</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source> impressions per person in 30 days</source>
        <translation> impressions par personne sur 30 jours</translation>
    </message>
    <message>
        <source>CPM (IMPRESSION billing) only; needs an end time.</source>
        <translation>CPM (facturation IMPRESSION) uniquement&#xa0;; nécessite une heure de fin.</translation>
    </message>
    <message>
        <source>&amp;Frequency cap:</source>
        <translation>Limitation de la &amp;fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Promotion id</source>
        <translation>ID de promotion</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>P&amp;romotion id:</source>
        <translation>ID de &amp;promotion&#xa0;:</translation>
    </message>
    <message>
        <source>Promotion applies to</source>
        <translation>La promotion s&apos;applique à</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Nothing (NONE)</source>
        <translation>Rien (NONE)</translation>
    </message>
    <message>
        <source>Items (ITEM)</source>
        <translation>Articles (ITEM)</translation>
    </message>
    <message>
        <source>The ad group (AD_GROUP)</source>
        <translation>Le groupe d&apos;annonces (AD_GROUP)</translation>
    </message>
    <message>
        <source>Promotion applies to:</source>
        <translation>La promotion s&apos;applique à&#xa0;:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs multiples)</translation>
    </message>
</context>
<context>
    <name>pinstripe::EstimateAudienceSizeRequest</name>
    <message>
        <source>Estimating the audience size</source>
        <translation>Estimation de la taille de l&apos;audience</translation>
    </message>
    <message>
        <source>Each keyword needs a match type and a value.</source>
        <translation>Chaque mot-clé nécessite un type de correspondance et une valeur.</translation>
    </message>
    <message>
        <source>Keyword &quot;%1&quot; is longer than 120 characters.</source>
        <translation>Le mot-clé «&#xa0;%1&#xa0;» dépasse 120 caractères.</translation>
    </message>
</context>
<context>
    <name>pinstripe::FetchBidFloorsRequest</name>
    <message>
        <source>Checking bid floors</source>
        <translation>Vérification des enchères minimales</translation>
    </message>
    <message>
        <source>Add at least one bid floor row.</source>
        <translation>Ajoutez au moins une ligne d&apos;enchère minimale.</translation>
    </message>
</context>
<context>
    <name>pinstripe::FindingsDialog</name>
    <message>
        <source>Check before posting</source>
        <translation>Vérification avant publication</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) cannot be posted until fixed; they stay in the list with the reason.</source>
        <translation>
            <numerusform>%n modification ne peut pas être publiée tant qu&apos;elle n&apos;est pas corrigée&#xa0;; elle reste dans la liste avec le motif.</numerusform>
            <numerusform>%n modifications ne peuvent pas être publiées tant qu&apos;elles ne sont pas corrigées&#xa0;; elles restent dans la liste avec le motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the warnings below. Post all changes anyway, warned ones included, or all but the flagged ones?</source>
        <translation>Vérifiez les avertissements ci-dessous. Faut-il publier toutes les modifications, y compris celles qui font l&apos;objet d&apos;un avertissement, ou toutes sauf celles qui sont signalées&#xa0;?</translation>
    </message>
    <message>
        <source>The other change can be posted.</source>
        <translation>L&apos;autre modification peut être publiée.</translation>
    </message>
    <message>
        <source>Nothing can be posted as it is.</source>
        <translation>Rien ne peut être publié en l&apos;état.</translation>
    </message>
    <message>
        <source>Nothing can be posted.</source>
        <translation>Rien ne peut être publié.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;Raise to Floor&quot; sets %n bid(s) to Pinterest&apos;s floor as pending changes, then checks and posts again.</source>
        <translation>
            <numerusform>«&#xa0;Relever au minimum&#xa0;» fixe %n enchère au minimum de Pinterest sous forme de modification en attente, puis vérifie et publie de nouveau.</numerusform>
            <numerusform>«&#xa0;Relever au minimum&#xa0;» fixe %n enchères au minimum de Pinterest sous forme de modifications en attente, puis vérifie et publie de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Post &amp;all anyway</source>
        <translation>&amp;Tout publier quand même</translation>
    </message>
    <message>
        <source>&amp;Post the other %1</source>
        <translation>&amp;Publier les %1 autres</translation>
    </message>
    <message>
        <source>&amp;Raise to Floor</source>
        <translation>&amp;Relever au minimum</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to Pinterest&apos;s floor as pending changes (one undo step), then check and post</source>
        <translation>
            <numerusform>Relever %n enchère au minimum de Pinterest sous forme de modification en attente (une seule étape d&apos;annulation), puis vérifier et publier</numerusform>
            <numerusform>Relever %n enchères au minimum de Pinterest sous forme de modifications en attente (une seule étape d&apos;annulation), puis vérifier et publier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post all but the &amp;flagged (%n)</source>
        <translation>
            <numerusform>Tout publier sauf la modification &amp;signalée (%n)</numerusform>
            <numerusform>Tout publier sauf les modifications &amp;signalées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n change(s) can be posted.</source>
        <translation>
            <numerusform>L&apos;autre modification peut être publiée.</numerusform>
            <numerusform>Les %n autres modifications peuvent être publiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::FormSection</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change this (the ad group is %1).</source>
        <translation>Seuls les groupes d&apos;annonces en brouillon (DRAFT) peuvent modifier ce champ (celui-ci est à l&apos;état %1).</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs multiples)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>pinstripe::GenderEditor</name>
    <message>
        <source>Leave all unchecked to reach every gender.</source>
        <translation>Laissez tout décoché pour atteindre tous les genres.</translation>
    </message>
</context>
<context>
    <name>pinstripe::GetAdAccountRequest</name>
    <message>
        <source>Loading ad account %1</source>
        <translation>Chargement du compte publicitaire %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::GetAdGroupRequest</name>
    <message>
        <source>Loading ad group %1</source>
        <translation>Chargement du groupe d&apos;annonces %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::GridEditController</name>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 (%2)</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n ad group(s)</source>
        <translation>
            <numerusform>Définir %1 pour %n groupe d&apos;annonces</numerusform>
            <numerusform>Définir %1 pour %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unchanged: every selected ad group has it already.</source>
        <translation>%1&#xa0;: aucun changement, tous les groupes d&apos;annonces sélectionnés ont déjà cette valeur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 set in %n ad group(s).</source>
        <translation>
            <numerusform>%1&#xa0;: défini pour %n groupe d&apos;annonces.</numerusform>
            <numerusform>%1&#xa0;: défini pour %n groupes d&apos;annonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) not changed:</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces non modifié&#xa0;:</numerusform>
            <numerusform>%n groupes d&apos;annonces non modifiés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no text.</source>
        <translation>Rien à coller&#xa0;: le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n ad group(s)</source>
        <translation>
            <numerusform>Coller dans %n groupe d&apos;annonces</numerusform>
            <numerusform>Coller dans %n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted into %n ad group(s).</source>
        <translation>
            <numerusform>Collé dans %n groupe d&apos;annonces.</numerusform>
            <numerusform>Collé dans %n groupes d&apos;annonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not pasted, nothing of them applied.</source>
        <translation>
            <numerusform>%n ligne non collée&#xa0;: aucune de ses valeurs n&apos;a été appliquée.</numerusform>
            <numerusform>%n lignes non collées&#xa0;: aucune de leurs valeurs n&apos;a été appliquée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: %4</source>
        <translation>Ligne %1 (%2), %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pinstripe::ImportPreviewDialog</name>
    <message>
        <source>Import Changes from %1</source>
        <translation>Importer les modifications de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s) to update</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces à mettre à jour</numerusform>
            <numerusform>%n groupes d&apos;annonces à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ad group(s)</source>
        <translation>
            <numerusform>%n nouveau groupe d&apos;annonces</numerusform>
            <numerusform>%n nouveaux groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors (not imported)</source>
        <translation>
            <numerusform>%n ligne avec erreurs (non importée)</numerusform>
            <numerusform>%n lignes avec erreurs (non importées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s) from %1</source>
        <translation>
            <numerusform>Importer %n ligne de %1</numerusform>
            <numerusform>Importer %n lignes de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>pinstripe::InterestEditor</name>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>One interest per line: its id, or its name (names are offered as you type)</source>
        <translation>Un centre d&apos;intérêt par ligne&#xa0;: son ID ou son nom (les noms sont proposés pendant la saisie)</translation>
    </message>
    <message>
        <source>Interest ids (digits) or names, one per line. Leave empty to reach every interest.</source>
        <translation>ID (chiffres) ou noms de centres d&apos;intérêt, un par ligne. Laissez vide pour atteindre tous les centres d&apos;intérêt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interests: %1</source>
        <translation>Centres d&apos;intérêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an interest id nor a known interest name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un ID de centre d&apos;intérêt ni un nom de centre d&apos;intérêt connu.</translation>
    </message>
</context>
<context>
    <name>pinstripe::InterestTextEdit</name>
    <message>
        <source>Interest names</source>
        <translation>Noms des centres d&apos;intérêt</translation>
    </message>
</context>
<context>
    <name>pinstripe::JournalView</name>
    <message>
        <source>Nothing posted yet.</source>
        <translation>Rien n&apos;a encore été publié.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Annu&amp;ler la modification</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who posted the change</comment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Add the opposite change to the pending changes, to post it like any other edit</source>
        <translation>Ajouter la modification inverse aux modifications en attente, pour la publier comme toute autre modification</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>New ad group</source>
        <translation>Nouveau groupe d&apos;annonces</translation>
    </message>
    <message numerus="yes">
        <source>%n posted change(s)</source>
        <translation>
            <numerusform>%n modification publiée</numerusform>
            <numerusform>%n modifications publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert %1 of %2</source>
        <translation>Annuler la modification&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Revert added as a pending change — post it to apply.</source>
        <translation>Annulation ajoutée aux modifications en attente — publiez-la pour l&apos;appliquer.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListAdAccountsRequest</name>
    <message>
        <source>Listing ad accounts</source>
        <translation>Récupération des comptes publicitaires</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListAdGroupsRequest</name>
    <message>
        <source>Listing ad groups</source>
        <translation>Récupération des groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>Filter by campaign_ids or by ad_group_ids, not both.</source>
        <translation>Filtrez par campaign_ids ou par ad_group_ids, pas les deux.</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListCampaignsRequest</name>
    <message>
        <source>Listing campaigns</source>
        <translation>Récupération des campagnes</translation>
    </message>
</context>
<context>
    <name>pinstripe::ListTargetingOptionsRequest</name>
    <message>
        <source>Loading the %1 targeting options</source>
        <translation>Chargement des options de ciblage %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::LoadStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ad groups loaded</source>
        <translation>Groupes d&apos;annonces chargés</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Relancer le chargement</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Limite de requêtes de Pinterest atteinte — reprise dans %n&#xa0;s</numerusform>
            <numerusform>Limite de requêtes de Pinterest atteinte — reprise dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pinterest is answering slowly…</source>
        <translation>Pinterest répond lentement…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>As of %1 (cached, refreshing)</source>
        <translation>Données au %1 (en cache, actualisation en cours)</translation>
    </message>
    <message>
        <source>As of %1 (cached)</source>
        <translation>Données au %1 (en cache)</translation>
    </message>
    <message>
        <source>%1 The rows already loaded stay; Retry continues where loading stopped.</source>
        <translation>%1 Les lignes déjà chargées sont conservées&#xa0;; «&#xa0;Réessayer&#xa0;» reprend là où le chargement s&apos;est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ad group(s) loaded</source>
        <translation>
            <numerusform>%Ln groupe d&apos;annonces chargé</numerusform>
            <numerusform>%Ln groupes d&apos;annonces chargés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::LocaleEditor</name>
    <message>
        <source>Leave all unchecked to reach every language.</source>
        <translation>Laissez tout décoché pour atteindre toutes les langues.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue comme «&#xa0;fr&#xa0;».</translation>
    </message>
</context>
<context>
    <name>pinstripe::LocationEditor</name>
    <message>
        <source>Filter countries by name or code</source>
        <translation>Filtrer les pays par nom ou par code</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its two-letter code.</source>
        <translation>Saisissez une partie du nom d&apos;un pays ou son code à deux lettres.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Check the countries to reach (LOCATION). Space toggles the current one.</source>
        <translation>Cochez les pays à cibler (LOCATION). La barre d&apos;espace coche ou décoche le pays en cours.</translation>
    </message>
    <message>
        <source>e.g. 501, 807</source>
        <translation>p. ex. 501, 807</translation>
    </message>
    <message>
        <source>US DMA codes</source>
        <translation>Codes DMA (États-Unis)</translation>
    </message>
    <message>
        <source>US Nielsen DMA (metro area) codes, three digits each, separated by commas.</source>
        <translation>Codes DMA Nielsen des États-Unis (zones métropolitaines), de trois chiffres chacun, séparés par des virgules.</translation>
    </message>
    <message>
        <source>e.g. BE-VOV, US-CA  or  US:94107</source>
        <translation>p. ex. BE-VOV, US-CA  ou  US:94107</translation>
    </message>
    <message>
        <source>Regions or postal codes</source>
        <translation>Régions ou codes postaux</translation>
    </message>
    <message>
        <source>GEO: region codes (country-region, e.g. BE-VOV) or postal codes (country:code, e.g. US:94107), not both kinds. Separate them with commas.</source>
        <translation>GEO&#xa0;: codes de région (pays-région, p. ex. BE-VOV) ou codes postaux (pays:code, p. ex. US:94107), mais pas les deux types à la fois. Séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>US &amp;DMAs:</source>
        <translation>Codes D&amp;MA (États-Unis)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Regions or postal codes:</source>
        <translation>&amp;Régions ou codes postaux&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation>Aucun pays choisi.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region (BE-VOV) or postal code (US:94107).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une région (BE-VOV) ni un code postal (US:94107).</translation>
    </message>
    <message>
        <source>Choose at least one country, DMA, region or postal code.</source>
        <translation>Choisissez au moins un pays, une zone DMA, une région ou un code postal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMA code (three digits, e.g. 807).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code DMA (trois chiffres, p. ex. 807).</translation>
    </message>
    <message>
        <source>Use either regions or postal codes, not both (e.g. %1 and %2).</source>
        <translation>Utilisez soit des régions, soit des codes postaux, mais pas les deux (p. ex. %1 et %2).</translation>
    </message>
</context>
<context>
    <name>pinstripe::MainWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barre d&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>As the &amp;Desktop</source>
        <translation>Comme le &amp;bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Connection Details…</source>
        <translation>Détails de la co&amp;nnexion…</translation>
    </message>
    <message>
        <source>&amp;About Pinstripe</source>
        <translation>À &amp;propos de Pinstripe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Demo sandbox (%1)</source>
        <translation>Bac à sable de démo (%1)</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>Pinterest API sandbox</source>
        <translation>Bac à sable de l&apos;API Pinterest</translation>
    </message>
    <message>
        <source>Connection Details</source>
        <translation>Détails de la connexion</translation>
    </message>
    <message>
        <source>API base URL: %1</source>
        <translation>URL de base de l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Pinstripe</source>
        <translation>À propos de Pinstripe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pinstripe %1&lt;/h3&gt;&lt;p&gt;Browse, edit and post Pinterest ad groups safely, from your desktop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pinstripe %1&lt;/h3&gt;&lt;p&gt;Parcourez, modifiez et publiez vos groupes d&apos;annonces Pinterest en toute sécurité, depuis votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
</context>
<context>
    <name>pinstripe::MetricCatalog</name>
    <message>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Impressions (paid)</source>
        <translation>Impressions (payantes)</translation>
    </message>
    <message>
        <source>Impressions (paid and earned)</source>
        <translation>Impressions (payantes et gagnées)</translation>
    </message>
    <message>
        <source>Pin clicks (paid)</source>
        <translation>Clics sur l&apos;Épingle (payants)</translation>
    </message>
    <message>
        <source>Pin clicks (paid and earned)</source>
        <translation>Clics sur l&apos;Épingle (payants et gagnés)</translation>
    </message>
    <message>
        <source>Outbound clicks (paid)</source>
        <translation>Clics sortants (payants)</translation>
    </message>
    <message>
        <source>CTR (paid)</source>
        <translation>CTR (payant)</translation>
    </message>
    <message>
        <source>Outbound CTR (paid)</source>
        <translation>CTR sortant (payant)</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Engagements (paid)</source>
        <translation>Interactions (payantes)</translation>
    </message>
    <message>
        <source>Engagement rate (paid)</source>
        <translation>Taux d&apos;interaction (payant)</translation>
    </message>
    <message>
        <source>Saves (paid)</source>
        <translation>Enregistrements (payants)</translation>
    </message>
    <message>
        <source>Save rate (paid)</source>
        <translation>Taux d&apos;enregistrement (payant)</translation>
    </message>
    <message>
        <source>Web sessions</source>
        <translation>Sessions web</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>CPC (paid)</source>
        <translation>CPC (payant)</translation>
    </message>
    <message>
        <source>Effective CPC</source>
        <translation>CPC effectif</translation>
    </message>
    <message>
        <source>CPM (paid)</source>
        <translation>CPM (payant)</translation>
    </message>
    <message>
        <source>Effective CPM</source>
        <translation>CPM effectif</translation>
    </message>
    <message>
        <source>Checkouts</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Checkout value</source>
        <translation>Valeur des paiements</translation>
    </message>
    <message>
        <source>Page visits</source>
        <translation>Visites de page</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>ROAS (checkout)</source>
        <translation>ROAS (paiements)</translation>
    </message>
    <message>
        <source>Checkout conversion rate</source>
        <translation>Taux de conversion des paiements</translation>
    </message>
    <message>
        <source>Video views (3 s)</source>
        <translation>Vues de vidéo (3&#xa0;s)</translation>
    </message>
    <message>
        <source>Video views (MRC)</source>
        <translation>Vues de vidéo (MRC)</translation>
    </message>
    <message>
        <source>Videos watched to the end</source>
        <translation>Vidéos regardées jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Video viewable rate (paid)</source>
        <translation>Taux de visibilité des vidéos (payant)</translation>
    </message>
</context>
<context>
    <name>pinstripe::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: digit groups must have three digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide&#xa0;: les groupes de chiffres doivent compter trois chiffres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: unexpected &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide&#xa0;: «&#xa0;%2&#xa0;» inattendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimal places.</source>
        <translation>Les montants en %1 n&apos;ont pas de décimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimal places.</source>
        <translation>Les montants en %1 ont au plus %2 décimales.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>«&#xa0;%1&#xa0;» est trop élevé.</translation>
    </message>
</context>
<context>
    <name>pinstripe::MoneyAdjustmentEdit</name>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Fixer à</translation>
    </message>
    <message>
        <source>Raise by</source>
        <translation>Augmenter de</translation>
    </message>
    <message>
        <source>Lower by</source>
        <translation>Réduire de</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Enter an amount or a percentage.</source>
        <translation>Saisissez un montant ou un pourcentage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en %2.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more; choose &quot;Lower by&quot; to lower.</source>
        <translation>Saisissez un montant positif ou nul&#xa0;; choisissez «&#xa0;Réduire de&#xa0;» pour diminuer.</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>fixé à %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::MoneyEdit</name>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en %2.</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>Saisissez un montant positif ou nul.</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(valeurs multiples)</translation>
    </message>
</context>
<context>
    <name>pinstripe::OAuthSignIn</name>
    <message>
        <source>The redirect URI must start with http:// (e.g. http://localhost:8085/).</source>
        <translation>L&apos;URI de redirection doit commencer par http:// (p. ex. http://localhost:8085/).</translation>
    </message>
    <message>
        <source>The redirect URI must point to this computer (localhost or 127.0.0.1).</source>
        <translation>L&apos;URI de redirection doit pointer vers cet ordinateur (localhost ou 127.0.0.1).</translation>
    </message>
    <message>
        <source>The redirect URI needs a port, e.g. http://localhost:8085/.</source>
        <translation>L&apos;URI de redirection doit comporter un port, p. ex. http://localhost:8085/.</translation>
    </message>
    <message>
        <source>The redirect URI must not have a query or fragment.</source>
        <translation>L&apos;URI de redirection ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Choose where to sign in.</source>
        <translation>Choisissez où vous connecter.</translation>
    </message>
    <message>
        <source>Enter your app ID from developers.pinterest.com.</source>
        <translation>Saisissez l&apos;ID de votre application, disponible sur developers.pinterest.com.</translation>
    </message>
    <message>
        <source>Enter your app secret from developers.pinterest.com.</source>
        <translation>Saisissez la clé secrète de votre application, disponible sur developers.pinterest.com.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use, so Pinterest&apos;s answer cannot be received. Close the program using it, or register another redirect URI for your app (e.g. http://localhost:8086/) and enter it here.</source>
        <translation>Le port %1 de cet ordinateur est déjà utilisé&#xa0;: la réponse de Pinterest ne peut donc pas être reçue. Fermez le programme qui l&apos;utilise, ou enregistrez une autre URI de redirection pour votre application (p. ex. http://localhost:8086/) et saisissez-la ici.</translation>
    </message>
    <message>
        <source>Pinterest did not grant access: %1</source>
        <translation>Pinterest n&apos;a pas accordé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in was stopped because the answer did not match this sign-in request (state mismatch). Please try again.</source>
        <translation>La connexion a été interrompue, car la réponse ne correspondait pas à cette demande de connexion (state mismatch). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer carried no authorization code.</source>
        <translation>La réponse de Pinterest ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>pinstripe::OptimizationGoalEditor</name>
    <message>
        <source>The ad groups have different goals: a change here replaces the goal of all.</source>
        <translation>Les groupes d&apos;annonces ont des objectifs différents&#xa0;: une modification ici remplace l&apos;objectif de tous.</translation>
    </message>
    <message>
        <source>Conversion goal</source>
        <translation>Objectif de conversion</translation>
    </message>
    <message>
        <source>Optimize for return on ad spend (CHECKOUT with automatic bidding only)</source>
        <translation>Optimiser le retour sur les dépenses publicitaires (CHECKOUT avec enchères automatiques uniquement)</translation>
    </message>
    <message>
        <source>Frequency goal</source>
        <translation>Objectif de fréquence</translation>
    </message>
    <message>
        <source>Scroll-up goal</source>
        <translation>Objectif de défilements vers le haut</translation>
    </message>
    <message>
        <source>Conversion tag id</source>
        <translation>ID de la balise de conversion</translation>
    </message>
    <message>
        <source>Conversion &amp;tag id:</source>
        <translation>&amp;ID de la balise de conversion&#xa0;:</translation>
    </message>
    <message>
        <source>Conversion event</source>
        <translation>Événement de conversion</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Conversion &amp;event:</source>
        <translation>&amp;Événement de conversion&#xa0;:</translation>
    </message>
    <message>
        <source>Cost per action goal</source>
        <translation>Objectif de coût par action</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CPA &amp;goal:</source>
        <translation>Objectif de CP&amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>Click window:</source>
        <translation>Fenêtre de clic&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement window:</source>
        <translation>Fenêtre d&apos;interaction&#xa0;:</translation>
    </message>
    <message>
        <source>View window:</source>
        <translation>Fenêtre de vue&#xa0;:</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source> impressions</source>
        <translation> impressions</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Goal &amp;value:</source>
        <translation>&amp;Valeur de l&apos;objectif&#xa0;:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>CPA goal: %1</source>
        <translation>Objectif de CPA&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scroll-up goal: %1</source>
        <translation>Objectif de défilements vers le haut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::OptionalDateTimeEdit</name>
    <message>
        <source>(mixed: a change applies to all)</source>
        <translation>(valeurs multiples&#xa0;: une modification s&apos;applique à tous)</translation>
    </message>
</context>
<context>
    <name>pinstripe::PendingChangesModel</name>
    <message>
        <source>New ad group</source>
        <translation>Nouveau groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>%1: on Pinterest now %2</source>
        <translation>%1&#xa0;: actuellement %2 sur Pinterest</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ad group</source>
        <translation>Groupe d&apos;annonces</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ&#xa0;%</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>pinstripe::PendingChangesPanel</name>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Discard &amp;all…</source>
        <translation>Tout aba&amp;ndonner…</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>Résoudre les conflit&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Discard selected changes</source>
        <translation>Abandonner les modifications sélectionnées</translation>
    </message>
    <message>
        <source>Interrupted post</source>
        <translation>Publication interrompue</translation>
    </message>
    <message>
        <source>Discard the selected changes (Delete)</source>
        <translation>Abandonner les modifications sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>%n modification sur %1</numerusform>
            <numerusform>%n modifications sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces</numerusform>
            <numerusform>%n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome</source>
        <translation>
            <numerusform>%n au résultat inconnu</numerusform>
            <numerusform>%n au résultat inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n change(s)</source>
        <translation>
            <numerusform>Abandonner %n modification</numerusform>
            <numerusform>Abandonner %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all changes</source>
        <translation>Abandonner toutes les modifications</translation>
    </message>
    <message>
        <source>Discard the pending change? You can undo this.</source>
        <translation>Abandonner la modification en attente&#xa0;? Cette action peut être annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Discard all %n pending changes? You can undo this.</source>
        <translation>
            <numerusform>Abandonner %n modification en attente&#xa0;? Cette action peut être annulée.</numerusform>
            <numerusform>Abandonner les %n modifications en attente&#xa0;? Cette action peut être annulée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PerformanceChartPanel</name>
    <message>
        <source>Compare with previous period</source>
        <translation>Comparer à la période précédente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Aires</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Choose ad groups in the table to chart them.</source>
        <translation>Choisissez des groupes d&apos;annonces dans le tableau pour les afficher dans le graphique.</translation>
    </message>
    <message>
        <source>Pinterest keeps analytics for 90 days, and no archive is available for older ranges.</source>
        <translation>Pinterest conserve les statistiques pendant 90 jours, et aucune archive n&apos;est disponible pour les périodes plus anciennes.</translation>
    </message>
    <message>
        <source>Archived data: saved when Pinstripe fetched it; Pinterest no longer serves this range.</source>
        <translation>Données archivées&#xa0;: enregistrées lorsque Pinstripe les a récupérées&#xa0;; Pinterest ne fournit plus cette période.</translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation>Chargement des statistiques…</translation>
    </message>
    <message>
        <source>Loading the missing parts…</source>
        <translation>Chargement des parties manquantes…</translation>
    </message>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Des groupes d&apos;annonces manquent&#xa0;: %n partie n&apos;a pas pu être chargée (%1). Les données reçues sont affichées.</numerusform>
            <numerusform>Des groupes d&apos;annonces manquent&#xa0;: %n parties n&apos;ont pas pu être chargées (%1). Les données reçues sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad account %1</source>
        <translation>Compte publicitaire %1</translation>
    </message>
    <message>
        <source>Ad account %1 (%2)</source>
        <translation>Compte publicitaire %1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>Ad group performance</source>
        <translation>Performances des groupes d&apos;annonces</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Archived data</source>
        <translation>Données archivées</translation>
    </message>
    <message>
        <source>Ad group performance: %1</source>
        <translation>Performances des groupes d&apos;annonces&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (période précédente)</translation>
    </message>
</context>
<context>
    <name>pinstripe::PerformanceColumnsProvider</name>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
</context>
<context>
    <name>pinstripe::PeriodComparison</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PlaceNames</name>
    <message>
        <source>Metro area %1</source>
        <translation>Zone métropolitaine %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>US metro area&apos;s market name, then its DMA code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>region, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Postal code %1, %2</source>
        <translation>Code postal %1, %2</translation>
    </message>
</context>
<context>
    <name>pinstripe::PostFlow</name>
    <message>
        <source>A post was interrupted on %1: %2 confirmed, %3 not confirmed</source>
        <translation>Une publication a été interrompue le %1 — modifications confirmées&#xa0;: %2, non confirmées&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were sent without an answer from Pinterest</source>
        <translation>
            <numerusform>%n modification a été envoyée sans réponse de Pinterest</numerusform>
            <numerusform>%n modifications ont été envoyées sans réponse de Pinterest</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — they are checked with Pinterest before the next post.</source>
        <translation>%1 — vérification auprès de Pinterest avant la prochaine publication.</translation>
    </message>
    <message>
        <source>%1 — checking with Pinterest…</source>
        <translation>%1 — vérification auprès de Pinterest…</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied (pending again)</source>
        <translation>
            <numerusform>%n non appliquée (de nouveau en attente)</numerusform>
            <numerusform>%n non appliquées (de nouveau en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict with Pinterest</source>
        <translation>
            <numerusform>%n en conflit avec Pinterest</numerusform>
            <numerusform>%n en conflit avec Pinterest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown</source>
        <translation>
            <numerusform>%n au résultat toujours inconnu</numerusform>
            <numerusform>%n au résultat toujours inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checked with Pinterest: %2.</source>
        <translation>%1 — vérifié auprès de Pinterest&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Post changes</source>
        <translation>Publier les modifications</translation>
    </message>
    <message>
        <source>There is nothing to post.</source>
        <translation>Il n&apos;y a rien à publier.</translation>
    </message>
    <message>
        <source>Not connected to Pinterest.</source>
        <translation>Non connecté à Pinterest.</translation>
    </message>
    <message>
        <source>The bid %1 is under Pinterest&apos;s bid floor of %2 (%3).</source>
        <translation>L&apos;enchère de %1 est inférieure à l&apos;enchère minimale de Pinterest, %2 (%3).</translation>
    </message>
    <message>
        <source>Bid floors could not be checked: %1</source>
        <translation>Impossible de vérifier les enchères minimales&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Non publiée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>Relever %n enchère au minimum</numerusform>
            <numerusform>Relever %n enchères au minimum</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting changes</source>
        <translation>Publication des modifications</translation>
    </message>
    <message>
        <source>Checking for changes made on Pinterest meanwhile…</source>
        <translation>Recherche des modifications effectuées entre-temps sur Pinterest…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for Pinterest&apos;s rate limit — resumes in %n s</source>
        <translation>
            <numerusform>Limite de requêtes de Pinterest atteinte — reprise dans %n&#xa0;s</numerusform>
            <numerusform>Limite de requêtes de Pinterest atteinte — reprise dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n change(s) whose answer was lost with Pinterest…</source>
        <translation>
            <numerusform>Vérification auprès de Pinterest de %n modification dont la réponse a été perdue…</numerusform>
            <numerusform>Vérification auprès de Pinterest de %n modifications dont la réponse a été perdue…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on Pinterest: %1.</source>
        <translation>Modifications appliquées sur Pinterest&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces</numerusform>
            <numerusform>%n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily budgets in total: %1 per day.</source>
        <translation>Budgets quotidiens au total&#xa0;: %1 par jour.</translation>
    </message>
    <message>
        <source>Posting finished</source>
        <translation>Publication terminée</translation>
    </message>
    <message>
        <source>%1 applied</source>
        <translation>Appliquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>Refusées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent because of a problem found before sending</source>
        <translation>
            <numerusform>%n non envoyée en raison d&apos;un problème détecté avant l&apos;envoi</numerusform>
            <numerusform>%n non envoyées en raison d&apos;un problème détecté avant l&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in conflict with Pinterest</source>
        <translation>En conflit avec Pinterest&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not applied after a lost answer (still pending)</source>
        <translation>
            <numerusform>%n non appliquée après une réponse perdue (toujours en attente)</numerusform>
            <numerusform>%n non appliquées après une réponse perdue (toujours en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — see the list in Pending changes.</source>
        <translation>%1 — consultez la liste dans «&#xa0;Modifications en attente&#xa0;».</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the summary of a post, ended</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 of %n batch(es) of up to 30 ad groups…</source>
        <translation>
            <numerusform>%1 lot envoyé sur %n (jusqu&apos;à 30 groupes d&apos;annonces par lot)…</numerusform>
            <numerusform>%1 lots envoyés sur %n (jusqu&apos;à 30 groupes d&apos;annonces par lot)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with unknown outcome (checked before the next post)</source>
        <translation>
            <numerusform>%n au résultat inconnu (vérifié avant la prochaine publication)</numerusform>
            <numerusform>%n au résultat inconnu (vérifiés avant la prochaine publication)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n non envoyée</numerusform>
            <numerusform>%n non envoyées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::PostReviewDialog</name>
    <message>
        <source>Post changes</source>
        <translation>Publier les modifications</translation>
    </message>
    <message>
        <source>&amp;Post %1</source>
        <translation>&amp;Publier (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) to %1 to Pinterest?</source>
        <comment>%1 is a count of ad groups</comment>
        <translation>
            <numerusform>Envoyer %n modification portant sur %1 à Pinterest&#xa0;?</numerusform>
            <numerusform>Envoyer %n modifications portant sur %1 à Pinterest&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad group(s)</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces</numerusform>
            <numerusform>%n groupes d&apos;annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>New ad groups: %1.</source>
        <translation>Nouveaux groupes d&apos;annonces&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Daily budgets in total: %1 per day.</source>
        <translation>Budgets quotidiens au total&#xa0;: %1 par jour.</translation>
    </message>
    <message>
        <source>Ad accounts: %1.</source>
        <translation>Comptes publicitaires&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Don&apos;t ask again for small posts (up to %n change(s))</source>
        <translation>
            <numerusform>&amp;Ne plus demander pour les petites publications (jusqu&apos;à %n modification)</numerusform>
            <numerusform>&amp;Ne plus demander pour les petites publications (jusqu&apos;à %n modifications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::Poster</name>
    <message>
        <source>Not created on Pinterest; it will be sent again.</source>
        <translation>Non créé sur Pinterest&#xa0;; il sera renvoyé.</translation>
    </message>
    <message>
        <source>Sent, but Pinterest&apos;s answer was lost; checked before the next post.</source>
        <translation>Envoyée, mais la réponse de Pinterest a été perdue&#xa0;; vérification avant la prochaine publication.</translation>
    </message>
    <message>
        <source>The ad group was not found on Pinterest.</source>
        <translation>Le groupe d&apos;annonces est introuvable sur Pinterest.</translation>
    </message>
    <message>
        <source>Changed on Pinterest since your edit.</source>
        <translation>Modifié sur Pinterest depuis votre changement.</translation>
    </message>
    <message>
        <source>Checked with Pinterest: not applied. Post sends it again.</source>
        <translation>Vérifié auprès de Pinterest&#xa0;: non appliquée. «&#xa0;Publier&#xa0;» l&apos;envoie de nouveau.</translation>
    </message>
    <message>
        <source>Checked with Pinterest: not applied; sent again.</source>
        <translation>Vérifié auprès de Pinterest&#xa0;: non appliquée&#xa0;; renvoyée.</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer did not mention it.</source>
        <translation>La réponse de Pinterest ne la mentionnait pas.</translation>
    </message>
    <message>
        <source>Pinterest refused this change.</source>
        <translation>Pinterest a refusé cette modification.</translation>
    </message>
    <message>
        <source>Pinterest: %1 (code %2)</source>
        <translation>Pinterest&#xa0;: %1 (code %2)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent, but Pinterest&apos;s answer was lost (%1).</source>
        <translation>Envoyée, mais la réponse de Pinterest a été perdue (%1).</translation>
    </message>
    <message>
        <source>Pinterest&apos;s answer was lost; checked: not applied. Post again to send it.</source>
        <translation>La réponse de Pinterest a été perdue&#xa0;; vérification faite&#xa0;: non appliquée. Publiez de nouveau pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Sent, but not confirmed by Pinterest; checked before the next post.</source>
        <translation>Envoyée, mais non confirmée par Pinterest&#xa0;; vérification avant la prochaine publication.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PrePostCheck</name>
    <message>
        <source>Budget rises by %1% (from %2 to %3).</source>
        <translation>Le budget augmente de %1&#xa0;% (de %2 à %3).</translation>
    </message>
    <message>
        <source>Only DRAFT ad groups can change their %1.</source>
        <translation>Seuls les groupes d&apos;annonces en brouillon (DRAFT) peuvent modifier leur %1.</translation>
    </message>
    <message>
        <source>budget type</source>
        <translation>type de budget</translation>
    </message>
    <message>
        <source>billable event</source>
        <translation>événement facturable</translation>
    </message>
    <message>
        <source>A bid is needed unless the bid strategy is automatic.</source>
        <translation>Une enchère est nécessaire, sauf si la stratégie d&apos;enchères est automatique.</translation>
    </message>
    <message>
        <source>A LIFETIME budget needs an end time.</source>
        <translation>Un budget LIFETIME nécessite une heure de fin.</translation>
    </message>
    <message>
        <source>A lifetime frequency cap needs an end time.</source>
        <translation>Une limitation de la fréquence à vie nécessite une heure de fin.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>L&apos;heure de fin doit être postérieure à l&apos;heure de début.</translation>
    </message>
    <message>
        <source>The new end time is in the past: the ad group stops at once.</source>
        <translation>La nouvelle heure de fin est dans le passé&#xa0;: le groupe d&apos;annonces s&apos;arrête immédiatement.</translation>
    </message>
</context>
<context>
    <name>pinstripe::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Pinstripe speaks the chosen language from its next start.</source>
        <translation>Pinstripe utilise la langue choisie à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exported files in English (column names and words, for tools)</source>
        <translation>Fichiers &amp;exportés en anglais (noms de colonnes et mots, pour les outils)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pinstripe::ScheduleSection</name>
    <message>
        <source>Starts at</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>with the campaign</source>
        <translation>avec la campagne</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>no end: runs until paused</source>
        <translation>pas de fin&#xa0;: diffusion jusqu&apos;à la mise en pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Times are in %1 (%2); Pinterest stores them as moments, so they hold everywhere.</source>
        <translation>Les heures sont exprimées en %1 (%2)&#xa0;; Pinterest les enregistre comme des instants absolus, valables partout.</translation>
    </message>
</context>
<context>
    <name>pinstripe::SecretStore</name>
    <message>
        <source>No saved credentials were found in the system keychain.</source>
        <translation>Aucun identifiant enregistré n&apos;a été trouvé dans le trousseau système.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>Le trousseau système a refusé l&apos;accès (il est peut-être verrouillé).</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pinstripe::SessionManager</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>%1 · %2 — demo session, nothing stored</source>
        <translation>%1 · %2 — session de démo, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>There is no token to sign in with.</source>
        <translation>Aucun jeton pour se connecter.</translation>
    </message>
    <message>
        <source>Pinterest did not accept this sign-in: %1</source>
        <translation>Pinterest n&apos;a pas accepté cette connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo sandbox did not answer: %1</source>
        <translation>Le bac à sable de démo n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;.</source>
        <translation>Environnement inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer in the system keychain. Please sign in again.</source>
        <translation>La connexion de %1 ne figure plus dans le trousseau système. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Connexion conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Some saved credentials could not be deleted from the system keychain: %1</source>
        <translation>Certains identifiants enregistrés n&apos;ont pas pu être supprimés du trousseau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — sign-in needed</source>
        <translation>%1 — connexion requise</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (cette session uniquement)</translation>
    </message>
</context>
<context>
    <name>pinstripe::SessionTokenProvider</name>
    <message>
        <source>The access token has expired and the app ID and secret needed to renew it are missing. Please sign in again.</source>
        <translation>Le jeton d&apos;accès a expiré, et l&apos;ID et la clé secrète de l&apos;application nécessaires pour le renouveler sont manquants. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The access token has expired or was revoked and there is no refresh token. Please sign in again.</source>
        <translation>Le jeton d&apos;accès a expiré ou a été révoqué, et il n&apos;y a pas de jeton d&apos;actualisation. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in has run out (the refresh token expired). Please sign in again.</source>
        <translation>Votre connexion à Pinterest a expiré (le jeton d&apos;actualisation n&apos;est plus valide). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Pinterest no longer accepts this sign-in (%1). Please sign in again; your unsent changes are kept.</source>
        <translation>Pinterest n&apos;accepte plus cette connexion (%1). Veuillez vous reconnecter&#xa0;; vos modifications non envoyées sont conservées.</translation>
    </message>
</context>
<context>
    <name>pinstripe::SheetCommands</name>
    <message>
        <source>&amp;Import Changes…</source>
        <translation>&amp;Importer des modifications…</translation>
    </message>
    <message>
        <source>Read a sheet of ad groups (CSV or tab-separated) and preview its changes before they become pending</source>
        <translation>Lire une feuille de groupes d&apos;annonces (CSV ou séparée par des tabulations) et prévisualiser ses modifications avant qu&apos;elles ne passent en attente</translation>
    </message>
    <message>
        <source>Export for E&amp;diting…</source>
        <translation>Exporter pour é&amp;dition…</translation>
    </message>
    <message>
        <source>Write the ad groups as a sheet to edit in a spreadsheet and import back</source>
        <translation>Écrire les groupes d&apos;annonces dans une feuille à modifier dans un tableur, puis à réimporter</translation>
    </message>
    <message>
        <source>Import Changes</source>
        <translation>Importer des modifications</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.tsv *.txt)</source>
        <translation>Feuilles (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read as a sheet.

%2</source>
        <translation>%1 ne peut pas être lu comme une feuille.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported as pending — post them to apply.</source>
        <translation>
            <numerusform>%n modification importée en attente — publiez-la pour l&apos;appliquer.</numerusform>
            <numerusform>%n modifications importées en attente — publiez-les pour les appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV pour tableurs</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Export for Editing</source>
        <translation>Exporter pour édition</translation>
    </message>
    <message>
        <source>ad-groups-for-editing-%1</source>
        <translation>groupes-d-annonces-a-modifier-%1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ad group(s) for editing to %1.</source>
        <translation>
            <numerusform>%n groupe d&apos;annonces exporté pour édition vers %1.</numerusform>
            <numerusform>%n groupes d&apos;annonces exportés pour édition vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::ShoppingRetargetingEditor</name>
    <message>
        <source>Shopping retargeting rules</source>
        <translation>Règles de reciblage shopping</translation>
    </message>
    <message>
        <source>Lookback (days)</source>
        <translation>Rétrospection (jours)</translation>
    </message>
    <message>
        <source>Exclusion (days)</source>
        <translation>Exclusion (jours)</translation>
    </message>
    <message>
        <source>Tag types</source>
        <translation>Types de balises</translation>
    </message>
    <message>
        <source>Reach people who engaged within the lookback window, except the last exclusion-window days. Tag types are Pinterest&apos;s numeric codes, separated by commas.</source>
        <translation>Atteindre les personnes ayant interagi pendant la fenêtre de rétrospection, sauf durant les derniers jours de la fenêtre d&apos;exclusion. Les types de balises sont les codes numériques de Pinterest, séparés par des virgules.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>Adds a rule: 30-day lookback, no exclusion, tag types to fill in.</source>
        <translation>Ajoute une règle&#xa0;: rétrospection de 30 jours, sans exclusion, types de balises à compléter.</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Re&amp;tirer la règle</translation>
    </message>
    <message>
        <source>Removes the selected rule.</source>
        <translation>Retire la règle sélectionnée.</translation>
    </message>
    <message>
        <source>Rule %1: the lookback window must be a whole number of days, at least 1.</source>
        <translation>Règle %1&#xa0;: la fenêtre de rétrospection doit être un nombre entier de jours, au moins 1.</translation>
    </message>
    <message>
        <source>Rule %1: the exclusion window must be a whole number of days, 0 or more.</source>
        <translation>Règle %1&#xa0;: la fenêtre d&apos;exclusion doit être un nombre entier de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>Rule %1: give at least one tag type.</source>
        <translation>Règle %1&#xa0;: indiquez au moins un type de balise.</translation>
    </message>
    <message>
        <source>Rule %1: tag type &quot;%2&quot; is not a number.</source>
        <translation>Règle %1&#xa0;: le type de balise «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Rule %1: the exclusion window (%2) must be shorter than the lookback window (%3).</source>
        <translation>Règle %1&#xa0;: la fenêtre d&apos;exclusion (%2) doit être plus courte que la fenêtre de rétrospection (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::StatsFreshnessLabel</name>
    <message>
        <source>Statistics freshness</source>
        <translation>Fraîcheur des statistiques</translation>
    </message>
    <message>
        <source>Statistics as of %1, updating…</source>
        <translation>Statistiques au %1, mise à jour…</translation>
    </message>
    <message>
        <source>Statistics as of %1</source>
        <translation>Statistiques au %1</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Chargement des statistiques…</translation>
    </message>
    <message>
        <source>Spend, clicks and the other statistics in the table cover %1 to %2 (UTC).</source>
        <translation>Les dépenses, les clics et les autres statistiques du tableau couvrent la période du %1 au %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingAnalyticsRequest</name>
    <message>
        <source>Loading targeting analytics</source>
        <translation>Chargement des statistiques de ciblage</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingBreakdown</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age and gender</source>
        <translation>Âge et genre</translation>
    </message>
    <message>
        <source>Metro area (DMA)</source>
        <translation>Zone métropolitaine (DMA)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Device / app type</source>
        <translation>Appareil / type d&apos;application</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Targeted interest</source>
        <translation>Centre d&apos;intérêt ciblé</translation>
    </message>
    <message>
        <source>Pinner interest</source>
        <translation>Centre d&apos;intérêt de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Creative enhancements</source>
        <translation>Améliorations des créations</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingBreakdownPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Sort and chart by:</source>
        <translation>Trier et représenter par&#xa0;:</translation>
    </message>
    <message>
        <source>Targeting types:</source>
        <translation>Types de ciblage&#xa0;:</translation>
    </message>
    <message>
        <source>Targeting breakdown</source>
        <translation>Répartition par ciblage</translation>
    </message>
    <message>
        <source>Targeting breakdown by %1: %2</source>
        <translation>Répartition par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ad account %1</source>
        <translation>Compte publicitaire %1</translation>
    </message>
    <message>
        <source>Ad account %1 (%2)</source>
        <translation>Compte publicitaire %1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>Choose at least one targeting type.</source>
        <translation>Choisissez au moins un type de ciblage.</translation>
    </message>
    <message>
        <source>Targeting breakdowns are only available for the last 90 days.</source>
        <translation>Les répartitions par ciblage ne sont disponibles que pour les 90 derniers jours.</translation>
    </message>
    <message>
        <source>Loading targeting breakdown…</source>
        <translation>Chargement de la répartition par ciblage…</translation>
    </message>
    <message numerus="yes">
        <source>Some ad groups are missing: %n part(s) did not load (%1). What arrived is shown.</source>
        <translation>
            <numerusform>Des groupes d&apos;annonces manquent&#xa0;: %n partie n&apos;a pas pu être chargée (%1). Les données reçues sont affichées.</numerusform>
            <numerusform>Des groupes d&apos;annonces manquent&#xa0;: %n parties n&apos;ont pas pu être chargées (%1). Les données reçues sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no %2 in this range</source>
        <translation>%1&#xa0;: aucune valeur pour «&#xa0;%2&#xa0;» sur cette période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Coût par conversion</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingKeyEditor</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingPresetPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset</source>
        <translation>Enregistrer comme &amp;préréglage</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Targeting presets</source>
        <translation>Préréglages de ciblage</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>name for the spec below</source>
        <translation>nom de la spécification ci-dessous</translation>
    </message>
    <message>
        <source>(no presets saved yet)</source>
        <translation>(aucun préréglage enregistré)</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingSection</name>
    <message>
        <source>The ad groups have different targeting: a change here replaces the targeting of all.</source>
        <translation>Les groupes d&apos;annonces ont des ciblages différents&#xa0;: une modification ici remplace le ciblage de tous.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingSpecEditor</name>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Targeting strategy</source>
        <translation>Stratégie de ciblage</translation>
    </message>
    <message>
        <source>Shopping retargeting</source>
        <translation>Reciblage shopping</translation>
    </message>
    <message>
        <source>Targeting spec as JSON</source>
        <translation>Spécification de ciblage en JSON</translation>
    </message>
    <message>
        <source>The targeting_spec exactly as it is sent to Pinterest.</source>
        <translation>Le targeting_spec exactement tel qu&apos;il est envoyé à Pinterest.</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>Afficher le &amp;JSON</translation>
    </message>
    <message>
        <source>Shows the targeting spec exactly as it is sent to Pinterest.</source>
        <translation>Affiche la spécification de ciblage exactement telle qu&apos;elle est envoyée à Pinterest.</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Envoyé sous la forme %1</translation>
    </message>
    <message>
        <source>Also sent unchanged (not editable here): %1</source>
        <translation>Également envoyé sans modification (non modifiable ici)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide &amp;JSON</source>
        <translation>Masquer le &amp;JSON</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingStrategyEditor</name>
    <message>
        <source>Targeting strategy</source>
        <translation>Stratégie de ciblage</translation>
    </message>
    <message>
        <source>Pinterest&apos;s targeting preset (TARGETING_STRATEGY); &quot;Not set&quot; leaves it out.</source>
        <translation>Préréglage de ciblage de Pinterest (TARGETING_STRATEGY)&#xa0;; «&#xa0;Non défini&#xa0;» l&apos;omet.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>pinstripe::TargetingValueNames</name>
    <message>
        <source>%1 and over</source>
        <translation>%1 ans et plus</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genre inconnu</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Téléphone Android</translation>
    </message>
    <message>
        <source>Android tablet</source>
        <translation>Tablette Android</translation>
    </message>
    <message>
        <source>Desktop web</source>
        <translation>Web sur ordinateur</translation>
    </message>
    <message>
        <source>Mobile web</source>
        <translation>Web mobile</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>gender, then age range</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenEndpoint</name>
    <message>
        <source>Pinterest&apos;s token service gave an unusable answer (%1).</source>
        <translation>Le service de jetons de Pinterest a renvoyé une réponse inutilisable (%1).</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenHealth</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>access token expiry unknown</source>
        <translation>expiration du jeton d&apos;accès inconnue</translation>
    </message>
    <message>
        <source>access token expired, renewing</source>
        <translation>jeton d&apos;accès expiré, renouvellement en cours</translation>
    </message>
    <message>
        <source>access token expired</source>
        <translation>jeton d&apos;accès expiré</translation>
    </message>
    <message>
        <source>access token renews in %1</source>
        <translation>renouvellement du jeton d&apos;accès dans %1</translation>
    </message>
    <message>
        <source>access token expires in %1</source>
        <translation>le jeton d&apos;accès expire dans %1</translation>
    </message>
    <message>
        <source>sign-in needed again in %1</source>
        <translation>nouvelle connexion requise dans %1</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>pas de jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>sign-in needed now</source>
        <translation>connexion requise maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenHealthLabel</name>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Your Pinterest sign-in is kept in the system keychain.</source>
        <translation>Votre connexion Pinterest est conservée dans le trousseau système.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TokenStore</name>
    <message>
        <source>This value is too long for the system keychain (%1 bytes; at most %2 bytes can be stored).</source>
        <translation>Cette valeur est trop longue pour le trousseau système (%1 octets&#xa0;; %2 octets au maximum peuvent être stockés).</translation>
    </message>
    <message>
        <source>Kept for this session only: the system keychain could not be used.</source>
        <translation>Connexion conservée pour cette session uniquement&#xa0;: le trousseau système n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>A keychain entry of Pinstripe is damaged; please sign in again.</source>
        <translation>Une entrée du trousseau de Pinstripe est endommagée&#xa0;; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>A keychain entry of Pinstripe is incomplete; please sign in again.</source>
        <translation>Une entrée du trousseau de Pinstripe est incomplète&#xa0;; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Pinstripe could not use the system keychain (%1). Your sign-in is kept for this session only and is not saved anywhere on disk; you will need to sign in again after restarting Pinstripe.</source>
        <translation>Pinstripe n&apos;a pas pu utiliser le trousseau système (%1). Votre connexion est conservée pour cette session uniquement et n&apos;est enregistrée nulle part sur le disque&#xa0;; vous devrez vous reconnecter après avoir redémarré Pinstripe.</translation>
    </message>
</context>
<context>
    <name>pinstripe::TrackingUrlsEditor</name>
    <message>
        <source>One URL a line, at most 3 per event. They override the campaign&apos;s URLs.</source>
        <translation>Une URL par ligne, 3 au maximum par événement. Elles remplacent les URL de la campagne.</translation>
    </message>
    <message>
        <source>Impression:</source>
        <translation>Impression&#xa0;:</translation>
    </message>
    <message>
        <source>Click:</source>
        <translation>Clic&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Interaction&#xa0;:</translation>
    </message>
    <message>
        <source>Buyable button:</source>
        <translation>Bouton d&apos;achat&#xa0;:</translation>
    </message>
    <message>
        <source>Audience verification:</source>
        <translation>Vérification de l&apos;audience&#xa0;:</translation>
    </message>
    <message>
        <source>(mixed: a change replaces the URLs of all)</source>
        <translation>(valeurs multiples&#xa0;: une modification remplace les URL de tous)</translation>
    </message>
</context>
<context>
    <name>pinstripe::UpdateAdGroupsRequest</name>
    <message>
        <source>Updating ad groups</source>
        <translation>Mise à jour des groupes d&apos;annonces</translation>
    </message>
</context>
<context>
    <name>pinstripe::WelcomePage</name>
    <message>
        <source>&amp;Connect to Pinterest…</source>
        <translation>Se co&amp;nnecter à Pinterest…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la dé&amp;mo</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>Browse your Pinterest ad groups, edit budgets, bids, schedules and targeting — one or hundreds at once — check bid floors, chart performance, and post your changes safely.</source>
        <translation>Parcourez vos groupes d&apos;annonces Pinterest, modifiez budgets, enchères, calendriers et ciblage — un seul ou des centaines à la fois —, vérifiez les enchères minimales, suivez les performances en graphiques et publiez vos modifications en toute sécurité.</translation>
    </message>
    <message>
        <source>No Pinterest account at hand? The demo runs a Pinterest of its own on this computer, with sample ad accounts, so you can try everything without spending.</source>
        <translation>Pas de compte Pinterest sous la main&#xa0;? La démo exécute son propre Pinterest sur cet ordinateur, avec des exemples de comptes publicitaires&#xa0;: vous pouvez tout essayer sans rien dépenser.</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau système…</translation>
    </message>
    <message>
        <source>Your sign-in will be kept in the system keychain, never in a file.</source>
        <translation>Votre connexion sera conservée dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No system keychain found: tokens will be kept for this session only.</source>
        <translation>Aucun trousseau système trouvé&#xa0;: les jetons seront conservés pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>pinstripe::WordInSentence</name>
    <message>
        <source>lower</source>
        <extracomment>How a field name is written inside a sentence: &quot;lower&quot; when its first letter goes lower case there (English, French), &quot;keep&quot; when it stays as in a heading (German nouns).</extracomment>
        <translation>lower</translation>
    </message>
</context>
<context>
    <name>pinstripe::WorkspaceController</name>
    <message>
        <source>Pending Changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Targeting Breakdown</source>
        <translation>Répartition par ciblage</translation>
    </message>
    <message>
        <source>Revert added as a pending change — post it to apply.</source>
        <translation>Annulation ajoutée aux modifications en attente — publiez-la pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>&amp;New Ad Group…</source>
        <translation>&amp;Nouveau groupe d&apos;annonces…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>&amp;Edit Ad Groups…</source>
        <translation>&amp;Modifier les groupes d&apos;annonces…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Duplicate Ad Groups…</source>
        <translation>&amp;Dupliquer les groupes d&apos;annonces…</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Status, budgets, bids, end dates or targeting of all selected ad groups at once</source>
        <translation>Statut, budgets, enchères, dates de fin ou ciblage de tous les groupes d&apos;annonces sélectionnés en une seule fois</translation>
    </message>
    <message>
        <source>&amp;Post Changes…</source>
        <translation>&amp;Publier les modifications…</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Check the pending changes and send them to Pinterest</source>
        <translation>Vérifier les modifications en attente et les envoyer à Pinterest</translation>
    </message>
    <message>
        <source>&amp;Bid Floor Calculator…</source>
        <translation>&amp;Calculateur d&apos;enchères minimales…</translation>
    </message>
    <message>
        <source>Bid Floors</source>
        <translation>Enchères minimales</translation>
    </message>
    <message>
        <source>The lowest bids Pinterest delivers for countries, objective and targeting</source>
        <translation>Les enchères les plus basses que Pinterest diffuse selon les pays, l&apos;objectif et le ciblage</translation>
    </message>
    <message>
        <source>Check Bid &amp;Floors of Selection…</source>
        <translation>&amp;Vérifier les enchères minimales de la sélection…</translation>
    </message>
    <message>
        <source>Performance &amp;Range</source>
        <translation>&amp;Période des performances</translation>
    </message>
    <message numerus="yes">
        <source>Raise %n bid(s) to the floor</source>
        <translation>
            <numerusform>Relever %n enchère au minimum</numerusform>
            <numerusform>Relever %n enchères au minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) raised to the floor as pending changes; post to send them.</source>
        <translation>
            <numerusform>%n enchère relevée au minimum sous forme de modification en attente&#xa0;; publiez pour l&apos;envoyer.</numerusform>
            <numerusform>%n enchères relevées au minimum sous forme de modifications en attente&#xa0;; publiez pour les envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a new ad group that is pending or was refused can be opened; one with an unknown outcome is checked on the next post.</source>
        <translation>Seul un nouveau groupe d&apos;annonces en attente ou refusé peut être ouvert&#xa0;; un groupe au résultat inconnu est vérifié lors de la prochaine publication.</translation>
    </message>
</context>
<context>
    <name>pinstripe::paramcheck</name>
    <message>
        <source>%1 &quot;%2&quot; is not a valid Pinterest id (up to 18 digits).</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un ID Pinterest valide (18 chiffres au maximum).</translation>
    </message>
    <message>
        <source>%1: at least one id is required.</source>
        <translation>%1&#xa0;: au moins un ID est requis.</translation>
    </message>
    <message>
        <source>%1: at most %2 ids per request (got %3).</source>
        <translation>%1&#xa0;: %2 ID au maximum par requête (reçu&#xa0;: %3).</translation>
    </message>
    <message>
        <source>page_size must be between 1 and 250 (got %1).</source>
        <translation>page_size doit être compris entre 1 et 250 (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 «&#xa0;%2&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: between 1 and 30 ad groups per request (got %2).</source>
        <translation>%1&#xa0;: entre 1 et 30 groupes d&apos;annonces par requête (reçu&#xa0;: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n value(s) (got %2).</source>
        <translation>
            <numerusform>%1&#xa0;: %n valeur au plus (reçu&#xa0;: %2).</numerusform>
            <numerusform>%1&#xa0;: %n valeurs au plus (reçu&#xa0;: %2).</numerusform>
        </translation>
    </message>
</context>
</TS>

/**
 * Hand-labelled ImageNet class pairs behind the kind thresholds (docs/kinds.md): pairs whose images could
 * carry either name (ambiguous) and pairs of objects usually pictured together (co-occurring). Each pair is
 * (c, l): images of c, partner l, by first class name or, where two classes share one, by index.
 * The named examples plus pairs drawn from the classes' most frequent ReaL co-labels, labelled by what the
 * two names mean (one object, or two objects pictured together).
 */
export type ClassRef = string | number

export const AMBIGUOUS_PAIRS: readonly (readonly [ClassRef, ClassRef])[] = [
  ['sunglass', 'sunglasses'],
  ['sunglasses', 'sunglass'],
  ['laptop', 'notebook'],
  ['notebook', 'laptop'],
  [638, 639], // maillot → maillot, tank suit (two classes share the first name)
  [639, 638],
  ['tiger cat', 'tabby'],
  ['projectile', 'missile'],
  ['missile', 'projectile'],
  ['tub', 'bathtub'],
  ['bathtub', 'tub'],
  ['screen', 'monitor'],
  ['analog clock', 'wall clock'],
  ['tape player', 'cassette player'],
  ['cradle', 'bassinet'],
  ['hand-held computer', 'cellular telephone'],
  ['backpack', 'mailbag'],
  ['ram', 'bighorn'],
  ['miniature poodle', 'toy poodle'],
  ['Egyptian cat', 'tabby'],
  ['cricket', 'grasshopper'],
  ['kit fox', 'red fox'],
  ['ear', 'corn'],
  ['corn', 'ear'],
  ['cuirass', 'breastplate'],
  ['breastplate', 'cuirass'],
  ['chiffonier', 'wardrobe'],
  ['crate', 'carton']
]

export const COOCCURRING_PAIRS: readonly (readonly [ClassRef, ClassRef])[] = [
  ['academic gown', 'mortarboard'],
  ['mortarboard', 'academic gown'],
  ['desktop computer', 'monitor'],
  ['monitor', 'desktop computer'],
  ['desk', 'mouse'],
  ['mouse', 'computer keyboard'],
  ['Windsor tie', 'suit'],
  ['suit', 'Windsor tie'],
  ['bow tie', 'suit'],
  ['paddle', 'canoe'],
  ['quilt', 'pillow'],
  ['barber chair', 'barbershop'],
  ['barbershop', 'barber chair'],
  ['racket', 'tennis ball'],
  ['stethoscope', 'lab coat'],
  ['assault rifle', 'military uniform'],
  ['meat loaf', 'plate'],
  ['lens cap', 'reflex camera'],
  ['tripod', 'reflex camera'],
  ['electric guitar', 'stage'],
  ['baseball', 'ballplayer'],
  ['mountain bike', 'crash helmet'],
  ['swimming trunks', 'seashore'],
  ['honeycomb', 'bee'],
  ['drum', 'drumstick'],
  ['convertible', 'car wheel'],
  ['sports car', 'car wheel'],
  ['groom', 'gown'],
  ['ox', 'oxcart'],
  ['red wine', 'wine bottle'],
  ['typewriter keyboard', 'space bar'],
  ['lampshade', 'table lamp'],
  ['table lamp', 'lampshade'],
  ['seashore', 'sandbar']
]
